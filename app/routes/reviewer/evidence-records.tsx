import { Link } from 'react-router'
import { formatDate } from '#domain/i18n/format.ts'
import type { EvidenceStanding } from '#domain/listing/evidence-standing.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { listEvidenceForReviewer } from '#server/use-cases/review/evidence-console.ts'
import type { Route } from './+types/evidence-records'

// Every evidence record, for reviewers (issue 16, ADR 0058).
export async function loader({ request }: Route.LoaderArgs) {
  await requireArea(request, 'reviewer')
  const records = await listEvidenceForReviewer(await runtime())
  return { records: records.map((r) => ({ ...r, lastReviewed: String(r.lastReviewed) })) }
}

export default function EvidenceRecords({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <div className="two-thirds">
        <PageHeader
          title={t('rules.evidence.title')}
          back={{ to: '/reviewer', label: t('reviewer.title') }}
          lede={t('rules.evidence.lede')}
        />
      </div>
      <Table
        caption={t('rules.evidence.title')}
        rows={loaderData.records}
        columns={[
          {
            header: t('rules.col.record'),
            rowHeader: true,
            cell: (r) => (
              <Link to={`/reviewer/evidence/${r.id}`}>
                {t('rules.evidence.recordTitle', { treatment: r.treatmentName, condition: r.conditionName })}
              </Link>
            ),
          },
          {
            header: t('rules.col.standing'),
            cell: (r) => t(`rules.standing.${r.standing as EvidenceStanding}`),
          },
          { header: t('rules.col.version'), cell: (r) => r.version },
          { header: t('rules.col.lastReviewed'), cell: (r) => formatDate(locale, new Date(r.lastReviewed)) },
        ]}
      />
    </>
  )
}
