import { englishTextIn } from '#app/lib/english-text.ts'
import { data, Form, Link } from 'react-router'
import { JsonLd } from '#app/components/json-ld.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { PolicyReasons } from '#app/components/policy-reasons.tsx'
import { RegistryTrial } from '#app/components/registry-trial.tsx'
import { ShareLinks } from '#app/components/share-links.tsx'
import { Tag, type TagTone } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { dateKey, type WrittenDates } from '#app/lib/written-dates.ts'
import { localeOf, runtime } from '#app/request.server.ts'
import type { StandingOnProfile } from '#domain/review/credential-expiry.ts'
import { isVerificationMethod } from '#domain/review/credentials.ts'
import { getProviderProfile } from '#server/use-cases/catalogue/public-catalogue.ts'
import { publishedReviews } from '#server/use-cases/reviews/reviews.ts'
import { caseDeps } from '#app/case.server.ts'
import { ReviewCard } from '#app/components/review-card.tsx'
import type { Route } from './+types/provider'
import { publicPageHeaders } from '#app/lib/public-page.ts'
import { providerPageText, treatedMonthText, writtenReason } from './provider-text.server.ts'

export const headers = publicPageHeaders

export async function loader({ params, request }: Route.LoaderArgs) {
  const rt = await runtime()
  const profile = /^[a-z0-9-]{1,120}$/.test(params.providerSlug)
    ? await getProviderProfile(rt, params.providerSlug)
    : null
  if (!profile) throw data(null, { status: 404 })
  const locale = localeOf(request)
  // Verified reviews (ADR 0068): published ones only; publishing purges this page's cache.
  const reviews = await publishedReviews(await caseDeps(), profile.provider.id)
  // Dates, prices, names and lists come written in the viewer's language, so
  // hydrating the page builds no Intl object (ADR 0078).
  return {
    ...profile,
    offers: profile.offers.map((o) => ({ ...o, warnings: o.warnings.map((r) => writtenReason(locale, r)) })),
    reviews: reviews.map((r) => ({ ...r, treatedMonthText: treatedMonthText(locale, r.treatedMonth) })),
    written: providerPageText(locale, profile),
    url: `${rt.config.publicUrl}/providers/${profile.provider.slug}`,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) =>
  loaderData
    ? [
        { name: 'description', content: loaderData.provider.summary },
        { property: 'og:title', content: `${loaderData.provider.name} – Waypoint` },
        { property: 'og:description', content: loaderData.provider.summary },
        { property: 'og:type', content: 'website' },
        { property: 'og:url', content: loaderData.url },
      ]
    : []

const checkTone: Record<string, TagTone> = { verified: 'green', 'not-verified': 'grey', failed: 'red' }

/** An accreditation counts as verified only while it is valid; once lapsed, the page says since when. */
function AccreditationStatus({
  verification,
  standing,
  dates,
}: {
  verification: string
  standing: StandingOnProfile
  dates: WrittenDates
}) {
  const t = useT()
  if (standing.standing === 'expired')
    return <Tag tone="red">{t('provider.expiredOn', { date: dates[dateKey(standing.expiredOn)] ?? '' })}</Tag>
  const status =
    verification === 'verified' ? 'verified' : verification === 'failed' ? 'failed' : 'not-verified'
  return <Tag tone={checkTone[status]}>{t(`provider.checkStatus.${status}`)}</Tag>
}

/** "4 March 2027, Registry checked": when and how a reviewer last verified it. */
function LastVerified({
  at,
  method,
  dates,
}: {
  at: string | Date | null
  method: string | null
  dates: WrittenDates
}) {
  const t = useT()
  if (!at) return <>{t('provider.notVerifiedYet')}</>
  const date = dates[dateKey(at)] ?? ''
  return (
    <>
      {isVerificationMethod(method)
        ? t('provider.verifiedOn', { date, method: t(`review.method.${method}`) })
        : date}
    </>
  )
}

/** A committee a reviewer verified from the clinic's credential (ADR 0070): when and how. */
function EthicsVerified({
  field,
  dates,
}: {
  field: { verifiedAt?: string; verificationMethod?: string }
  dates: WrittenDates
}) {
  const t = useT()
  if (!field.verifiedAt) return null
  const date = dates[dateKey(field.verifiedAt)] ?? ''
  const when = isVerificationMethod(field.verificationMethod)
    ? t('provider.verifiedOn', { date, method: t(`review.method.${field.verificationMethod}`) })
    : date
  return (
    <>
      <br />
      <span className="hint">{t('provider.ethicsLastVerified', { when })}</span>
    </>
  )
}

export default function ProviderProfile({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const p = d.provider
  const w = d.written
  const date = (v: string | Date | null) => (v ? (w.dates[dateKey(v)] ?? '') : t('provider.none'))
  const english = englishTextIn(locale)
  return (
    <>
      <PageTitle title={p.name} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': p.kind === 'hospital' ? 'Hospital' : 'MedicalClinic',
          name: p.name,
          description: p.summary,
          url: d.url,
          address: {
            '@type': 'PostalAddress',
            streetAddress: p.address,
            addressLocality: p.city,
            addressCountry: p.countryCode,
          },
          knowsLanguage: p.languages,
          ...(p.beds ? { numberOfBeds: p.beds } : {}),
        }}
      />
      <span className="caption">
        {t(`provider.kind.${p.kind}`)} · {t('home.providers.location', { city: p.city, country: w.country })}
      </span>
      <h1 className="heading-xl">
        {p.name} {p.isDemo ? <Tag tone="purple">{t('tag.demo')}</Tag> : null}
      </h1>
      <p className="lede" {...english}>
        {p.summary}
      </p>

      <h2 className="heading-l">{t('provider.facts')}</h2>
      <SummaryList
        rows={[
          { key: t('provider.address'), value: p.address ?? t('provider.none') },
          { key: t('provider.beds'), value: p.beds ?? t('provider.none') },
          {
            key: t('provider.languages'),
            value: w.languages,
          },
          {
            key: t('provider.internationalDesk'),
            value: p.internationalDesk ? t('provider.yes') : t('provider.no'),
          },
          {
            key: t('provider.ethicsCommittee'),
            value: p.ethicsCommittee ? (
              <>
                {`${p.ethicsCommittee.reference} (${p.ethicsCommittee.registeredWith})`}
                <EthicsVerified field={p.ethicsCommittee} dates={w.dates} />
              </>
            ) : (
              t('provider.none')
            ),
          },
          {
            key: t('provider.icscr'),
            value: p.icscr ? (
              <>
                {p.icscr.reference}
                <EthicsVerified field={p.icscr} dates={w.dates} />
              </>
            ) : (
              t('provider.none')
            ),
          },
          { key: t('provider.lastVerified'), value: date(p.lastVerifiedAt) },
        ]}
      />

      <h2 className="heading-l">{t('provider.accreditations')}</h2>
      <Table
        empty={t('provider.none')}
        rows={d.accreditations}
        columns={[
          { header: t('provider.accreditor'), cell: (a) => a.accreditor },
          { header: t('provider.reference'), dir: 'ltr', cell: (a) => a.reference },
          {
            header: t('provider.validity'),
            cell: (a) => t('provider.validRange', { from: date(a.validFrom), to: date(a.validTo) }),
          },
          {
            header: t('provider.status'),
            cell: (a) => (
              <AccreditationStatus verification={a.verification} standing={a.standing} dates={w.dates} />
            ),
          },
          {
            header: t('provider.lastVerified'),
            cell: (a) => <LastVerified at={a.verifiedAt} method={a.verificationMethod} dates={w.dates} />,
          },
        ]}
      />

      {d.credentials.length > 0 ? (
        <>
          <h2 className="heading-l">{t('provider.credentials')}</h2>
          <p className="body">{t('provider.credentialsLede')}</p>
          <Table
            empty={t('provider.none')}
            rows={d.credentials}
            columns={[
              { header: t('provider.credentialKind'), cell: (c) => t(`review.credentialKind.${c.kind}`) },
              { header: t('provider.issuer'), cell: (c) => <span {...english}>{c.issuer}</span> },
              { header: t('provider.reference'), dir: 'ltr', cell: (c) => c.reference },
              {
                header: t('provider.validity'),
                cell: (c) =>
                  c.validTo ? t('provider.validUntil', { to: date(c.validTo) }) : t('provider.none'),
              },
              {
                header: t('provider.status'),
                cell: (c) =>
                  c.standing.standing === 'expired' ? (
                    <Tag tone="red">{t('provider.expiredOn', { date: date(c.standing.expiredOn) })}</Tag>
                  ) : (
                    <Tag tone="green">{t('provider.current')}</Tag>
                  ),
              },
              {
                header: t('provider.lastVerified'),
                cell: (c) => <LastVerified at={c.verifiedAt} method={c.verificationMethod} dates={w.dates} />,
              },
            ]}
          />
        </>
      ) : null}

      <h2 className="heading-l">{t('provider.checklist')}</h2>
      <p className="body">{t('provider.checklistLede')}</p>
      {d.checks.length === 0 ? (
        <p className="body">{t('provider.checklistNone')}</p>
      ) : (
        <ul className="task-list">
          {d.checks.map((c) => (
            <li className="task-list__item" key={c.item}>
              <div>
                {t(`provider.check.${c.item as 'licence'}`)}
                {c.documentTitle ? (
                  <div className="hint" {...english}>
                    {t('provider.document', { title: c.documentTitle })}
                  </div>
                ) : null}
              </div>
              <Tag tone={checkTone[c.status] ?? 'grey'}>
                {t(`provider.checkStatus.${c.status as 'verified'}`)}
              </Tag>
            </li>
          ))}
        </ul>
      )}

      <h2 className="heading-l">{t('provider.offers')}</h2>
      <p className="body">{t('provider.compareHint')}</p>
      <Form method="get" action="/compare">
        {d.offers.map((o) => {
          const price = w.offers[o.id]?.price
          return (
            <article className="offer" key={o.id} aria-labelledby={`offer-${o.id}`}>
              <h3 className="heading-m" id={`offer-${o.id}`} {...english}>
                {o.title}
              </h3>
              <p>
                <Tag tone={o.label === 'standard-care' ? 'blue' : 'yellow'}>
                  {t(`offer.label.${o.label}`)}
                </Tag>
              </p>
              <SummaryList
                rows={[
                  { key: t('provider.treatment'), value: <span {...english}>{o.treatmentName}</span> },
                  {
                    key: t('provider.price'),
                    value: price ? t('provider.priceRange', price) : t('search.noPrice'),
                  },
                  {
                    key: t('provider.stay'),
                    value: o.lengthOfStayDays
                      ? t('provider.days', { count: o.lengthOfStayDays })
                      : t('provider.none'),
                  },
                  { key: t('provider.sessions'), value: o.sessions ?? t('provider.none') },
                  {
                    key: t('provider.protocol'),
                    value: <span {...english}>{o.protocol ?? t('provider.none')}</span>,
                  },
                  // With an imported record, the registry id is shown with the record below.
                  ...(o.trial && typeof o.trial.registryId === 'string' && !o.registryTrial?.record
                    ? [
                        {
                          key: t('provider.trialRegistry'),
                          value: <span dir="ltr">{o.trial.registryId}</span>,
                        },
                      ]
                    : []),
                  {
                    key: t('provider.included'),
                    value: <span {...english}>{o.inclusions.join('; ') || t('provider.none')}</span>,
                  },
                  {
                    key: t('provider.excluded'),
                    value: <span {...english}>{o.exclusions.join('; ') || t('provider.none')}</span>,
                  },
                ]}
              />
              <PolicyReasons
                reasons={o.warnings}
                title={t('provider.warnings')}
                id={`warnings-${o.id}`}
                valuesWritten
              />
              {o.registryTrial ? (
                <RegistryTrial
                  trial={o.registryTrial}
                  conditionName={o.conditionName}
                  written={w.offers[o.id]?.trial}
                />
              ) : null}
              {o.evidence ? (
                <div className="inset-text">
                  <h4 className="heading-s">{t('provider.evidence')}</h4>
                  {locale !== 'en' ? <p className="hint">{t('provider.inEnglish')}</p> : null}
                  <p className="body" {...english}>
                    {o.evidence.summary}
                  </p>
                  <Link to={`/conditions/${o.conditionId}`}>{t('provider.evidenceLink')}</Link>
                </div>
              ) : null}
              <details className="details">
                <summary>{t('provider.providerSays')}</summary>
                {locale !== 'en' ? <p className="hint">{t('provider.inEnglish')}</p> : null}
                <p className="body" {...english}>
                  {o.claimsText}
                </p>
              </details>
              <p className="body">
                <Link to={`/providers/${p.slug}/report?offer=${encodeURIComponent(o.id)}`}>
                  {t('provider.report.offerLink')}
                  <span className="visually-hidden">: {o.title}</span>
                </Link>
              </p>
              <div className="checkbox">
                <input
                  className="checkbox__input"
                  type="checkbox"
                  id={`compare-${o.id}`}
                  name="offer"
                  value={o.id}
                />
                <label className="checkbox__label" htmlFor={`compare-${o.id}`}>
                  {t('provider.compareThis')}
                  <span className="visually-hidden">: {o.title}</span>
                </label>
              </div>
            </article>
          )
        })}
        <button type="submit" className="button button--secondary">
          {t('provider.compareSubmit')}
        </button>
      </Form>

      <h2 className="heading-l">{t('provider.team')}</h2>
      <ul className="card-grid">
        {d.team.map((m) => (
          <li className="card" key={m.id}>
            <h3 className="heading-s">{m.name}</h3>
            <p className="body" {...english}>
              {m.role}
            </p>
            <p className="hint" {...english}>
              {m.qualifications}
            </p>
            {m.registrationNumber ? (
              <p className="hint">
                {t('provider.registration', { number: m.registrationNumber })}{' '}
                <Tag tone={m.registrationVerified ? 'green' : 'grey'}>
                  {m.registrationVerified
                    ? t('provider.checkStatus.verified')
                    : t('provider.checkStatus.not-verified')}
                </Tag>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <h2 className="heading-l">{t('outcomes.profileTitle')}</h2>
      <p className="body">
        {t('outcomes.profileBody')}{' '}
        <Link to={`/providers/${p.slug}/outcomes`}>{t('outcomes.profileLink')}</Link>
      </p>
      <h2 className="heading-l" id="reviews">
        {t('reviews.public.title')}
      </h2>
      <p className="body">{t('reviews.public.lede')}</p>
      {d.reviews.length === 0 ? <p className="body">{t('reviews.public.none')}</p> : null}
      {d.reviews.map((r) => (
        <ReviewCard
          key={r.id}
          review={r}
          actions={
            <p className="hint">
              <Link to={`/providers/${p.slug}/reviews/${r.id}/report`} rel="nofollow">
                {t('reviews.public.report')}
              </Link>
            </p>
          }
        />
      ))}
      <h2 className="heading-l">{t('provider.report.title')}</h2>
      <p className="body">
        {t('provider.report.body')}{' '}
        <Link to={`/providers/${p.slug}/report`}>{t('provider.report.link')}</Link>
      </p>
      <ShareLinks url={d.url} title={p.name} />
    </>
  )
}
