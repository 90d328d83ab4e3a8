import { englishTextIn } from '#app/lib/english-text.ts'
import { Link } from 'react-router'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { providerLocation } from '#app/lib/provider-location.ts'
import { runtime } from '#app/request.server.ts'
import { compareSelection } from '#domain/compare/compare-selection.ts'
import { viewerRate } from '#domain/compare/viewer-rate.ts'
import { fromUsdCents } from '#domain/cases/viewer-currency.ts'
import { displayName, formatDate, formatMoney, formatMoneyAmount } from '#domain/i18n/format.ts'
import { reasonText } from '#domain/listing/reason-text.ts'
import { getOffersForComparison, listExchangeRates } from '#server/use-cases/catalogue/public-catalogue.ts'
import type { Route } from './+types/compare'
import { publicPageHeaders } from '#app/lib/public-page.ts'

export const headers = publicPageHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const selection = compareSelection([
    ...url.searchParams.getAll('offer'),
    ...url.searchParams.getAll('offers'),
  ])
  const rt = await runtime()
  const [offers, rates] = await Promise.all([
    getOffersForComparison(rt, selection.ids),
    listExchangeRates(rt),
  ])
  const { rate, fallback } = viewerRate(rates, url.searchParams.get('currency'))
  return {
    offers,
    truncated: selection.truncated,
    missing: selection.ids.length - offers.length,
    viewer: rate
      ? {
          currency: rate.currency,
          perUsd: Number(rate.perUsd),
          asOf: String(rate.asOf),
          source: rate.source,
        }
      : null,
    fallback,
  }
}

export default function Compare({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const english = englishTextIn(locale)
  const approx = (usdCents: number | null) =>
    usdCents !== null && d.viewer
      ? t('search.approx', {
          price: formatMoneyAmount(locale, fromUsdCents(usdCents, d.viewer.perUsd), d.viewer.currency),
        })
      : ''
  const rows: { key: string; cell: (o: (typeof d.offers)[number]) => React.ReactNode }[] = [
    {
      key: t('compare.provider'),
      cell: (o) => (
        <>
          <Link to={`/providers/${o.providerSlug}`}>{o.providerName}</Link>{' '}
          {o.providerIsDemo ? <Tag tone="purple">{t('tag.demo')}</Tag> : null}
          <div className="hint">{providerLocation(t, locale, o.providerCity, o.providerCountry)}</div>
        </>
      ),
    },
    { key: t('provider.pathway'), cell: (o) => t(`offer.label.${o.label}`) },
    {
      key: t('provider.price'),
      cell: (o) =>
        o.priceMinMinor !== null && o.currency ? (
          <>
            {t('provider.priceRange', {
              min: formatMoney(locale, o.priceMinMinor, o.currency),
              max: formatMoney(locale, o.priceMaxMinor ?? o.priceMinMinor, o.currency),
            })}
            {o.currency !== d.viewer?.currency ? (
              <div className="hint">
                {approx(o.priceMinUsdCents)} – {approx(o.priceMaxUsdCents)}
              </div>
            ) : null}
          </>
        ) : (
          t('search.noPrice')
        ),
    },
    {
      key: t('provider.included'),
      cell: (o) => <span {...english}>{o.inclusions.join('; ') || t('provider.none')}</span>,
    },
    {
      key: t('provider.excluded'),
      cell: (o) => <span {...english}>{o.exclusions.join('; ') || t('provider.none')}</span>,
    },
    {
      key: t('provider.stay'),
      cell: (o) =>
        o.lengthOfStayDays ? t('provider.days', { count: o.lengthOfStayDays }) : t('provider.none'),
    },
    { key: t('provider.sessions'), cell: (o) => o.sessions ?? t('provider.none') },
    {
      key: t('provider.warnings'),
      cell: (o) =>
        o.warnings.length === 0 ? (
          t('compare.noWarnings')
        ) : (
          <ul className="list list--bullet">
            {o.warnings.map((w) => {
              const { text, lang } = reasonText(w, t, locale)
              return (
                <li key={w.code} lang={lang}>
                  {text}
                </li>
              )
            })}
          </ul>
        ),
    },
    {
      key: t('compare.checklist'),
      cell: (o) =>
        t('compare.checksVerified', {
          verified: o.checks.filter((c) => c.status === 'verified').length,
          total: o.checks.length,
        }),
    },
  ]
  return (
    <>
      <PageHeader title={t('compare.title')} lede={t('compare.lede')} />
      {d.truncated ? <NotificationBanner title={t('compare.tooMany')} /> : null}
      {d.missing > 0 ? <NotificationBanner title={t('compare.unavailable', { count: d.missing })} /> : null}
      {d.fallback && d.viewer && d.offers.length > 0 ? (
        // Said, not silent: which currency the approximate amounts are in, and why.
        <NotificationBanner
          title={
            d.fallback.asked
              ? t('compare.fallback.named', {
                  shown: displayName(locale, 'currency', d.viewer.currency),
                  shownCode: d.viewer.currency,
                  asked: displayName(locale, 'currency', d.fallback.asked),
                  askedCode: d.fallback.asked,
                })
              : t('compare.fallback.unknown', {
                  shown: displayName(locale, 'currency', d.viewer.currency),
                  shownCode: d.viewer.currency,
                })
          }
        />
      ) : null}
      {d.offers.length === 0 ? (
        <p className="body">
          {t('compare.none')} <Link to="/providers">{t('nav.findProviders')}</Link>
        </p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-caption">
          <table className="table compare-table">
            <caption className="visually-hidden" id="compare-caption">
              {t('compare.title')}
            </caption>
            <thead>
              <tr>
                <td />
                {d.offers.map((o) => (
                  <th scope="col" key={o.id} {...english}>
                    {o.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.key}</th>
                  {d.offers.map((o) => (
                    <td key={o.id}>{row.cell(o)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {d.viewer ? (
        <p className="hint">
          {t('compare.rates', { date: formatDate(locale, new Date(d.viewer.asOf)), source: d.viewer.source })}
        </p>
      ) : null}
    </>
  )
}
