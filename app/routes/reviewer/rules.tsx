import { Link } from 'react-router'
import { displayName, formatDate } from '#domain/i18n/format.ts'
import type { Requirement, TreatmentClass } from '#domain/listing/types.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { listRulesForReviewer } from '#server/use-cases/review/rules-console.ts'
import type { Route } from './+types/rules'

// Every jurisdiction rule, for reviewers (issue 16, ADR 0058).
export async function loader({ request }: Route.LoaderArgs) {
  await requireArea(request, 'reviewer')
  const rules = await listRulesForReviewer(await runtime())
  return { rules: rules.map((r) => ({ ...r, reviewDate: String(r.reviewDate) })) }
}

export default function Rules({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <div className="two-thirds">
        <PageHeader
          title={t('rules.title')}
          back={{ to: '/reviewer', label: t('reviewer.title') }}
          lede={t('rules.lede')}
        />
      </div>
      <Table
        caption={t('rules.title')}
        rows={loaderData.rules}
        columns={[
          {
            header: t('rules.col.country'),
            rowHeader: true,
            cell: (r) => {
              const name = t('rules.ruleTitle', {
                country: displayName(locale, 'region', r.countryCode),
                type: t(`rules.class.${r.treatmentClass as TreatmentClass}`),
              })
              return <Link to={`/reviewer/rules/${r.id}`}>{name}</Link>
            },
          },
          {
            header: t('rules.col.requirement'),
            cell: (r) => t(`rules.requirement.${r.requirement as Requirement}`),
          },
          { header: t('rules.col.version'), cell: (r) => r.version },
          { header: t('rules.col.reviewDate'), cell: (r) => formatDate(locale, new Date(r.reviewDate)) },
        ]}
      />
    </>
  )
}
