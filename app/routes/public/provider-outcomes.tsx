import { data, Link } from 'react-router'
import { OfferOutcome } from '#app/components/offer-outcome.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { publicPageHeaders } from '#app/lib/public-page.ts'
import { runtime } from '#app/request.server.ts'
import { formatNumber } from '#domain/i18n/format.ts'
import { REGISTRY_THRESHOLD } from '#domain/outcomes/cohort-figures.ts'
import { providerOutcomes } from '#server/use-cases/outcomes/provider-outcomes.ts'
import type { Route } from './+types/provider-outcomes'

// The public outcome registry of one provider (issue 17, ADR 0067): the
// figures the daily job stored, per offer it lists now. Cached like the
// profile (ADR 0021); each refresh purges the cache on every instance (ADR 0056).
export const headers = publicPageHeaders

export async function loader({ params }: Route.LoaderArgs) {
  const rt = await runtime()
  const found = /^[a-z0-9-]{1,120}$/.test(params.providerSlug)
    ? await providerOutcomes(rt, params.providerSlug)
    : null
  if (!found) throw data(null, { status: 404 })
  return found
}

const cautions = ['control', 'selection', 'regression', 'missing'] as const

export default function ProviderOutcomes({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const p = d.provider
  return (
    <div className="two-thirds">
      <PageTitle title={t('outcomes.title', { name: p.name })} />
      <Link to={`/providers/${p.slug}`} className="back-link">
        {t('outcomes.back', { name: p.name })}
      </Link>
      <span className="caption">{t('outcomes.caption')}</span>
      <h1 className="heading-xl">
        {t('outcomes.heading', { name: p.name })} {p.isDemo ? <Tag tone="purple">{t('tag.demo')}</Tag> : null}
      </h1>
      <p className="lede">{t('outcomes.lede')}</p>
      <div className="inset-text">
        <p className="body">{t('outcomes.missingNote')}</p>
      </div>
      {d.offers.map((o) => (
        <OfferOutcome
          key={o.offerId}
          id={`outcome-${o.offerId}`}
          title={o.title}
          computedOn={o.computedOn}
          outcome={o.outcome}
        />
      ))}
      <h2 className="heading-l">{t('outcomes.cautionTitle')}</h2>
      <p className="body">{t('outcomes.cautionLede')}</p>
      <ul className="list list--bullet">
        {cautions.map((c) => (
          <li key={c}>{t(`outcomes.caution.${c}`)}</li>
        ))}
      </ul>
      <p className="body">
        {t('outcomes.caution.method', { threshold: formatNumber(locale, REGISTRY_THRESHOLD) })}
      </p>
    </div>
  )
}
