import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { PolicyReasons } from '#app/components/policy-reasons.tsx'
import { RegistryTrial } from '#app/components/registry-trial.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { listWithheldOffers } from '#server/use-cases/review/withheld-offers.ts'
import type { Route } from './+types/withheld-offers'

export async function loader({ request }: Route.LoaderArgs) {
  await requireArea(request, 'reviewer')
  return { offers: await listWithheldOffers(await runtime()) }
}

export default function WithheldOffers({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <>
      <PageTitle title={t('reviewer.withheld')} />
      <h1 className="heading-xl">{t('reviewer.withheld')}</h1>
      <p className="lede">{t('reviewer.withheldLede')}</p>
      {loaderData.offers.length === 0 ? <p className="body">{t('reviewer.noneWithheld')}</p> : null}
      {loaderData.offers.map((o) => (
        <article className="offer" key={o.id} aria-labelledby={`w-${o.id}`}>
          <h2 className="heading-m" id={`w-${o.id}`}>
            {o.title}
          </h2>
          <p className="body">
            {o.providerName} ({o.countryCode}) {o.isDemo ? <Tag tone="purple">{t('tag.demo')}</Tag> : null}{' '}
            <Tag tone={o.verdict === 'blocked' ? 'red' : 'yellow'}>
              {t(`reviewer.verdict.${o.verdict as 'blocked'}`)}
            </Tag>
          </p>
          <PolicyReasons reasons={o.reasons} title={t('reviewer.reasons')} />
          {o.registryTrial ? (
            <RegistryTrial trial={o.registryTrial} conditionName={o.conditionName} level={3} />
          ) : null}
        </article>
      ))}
    </>
  )
}
