import { Link } from 'react-router'
import { formatDate } from '#domain/i18n/format.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { Table, type TableColumn } from '#app/components/patterns/table.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { requireArea } from '#app/request.server.ts'
import { listingReportQueue } from '#server/use-cases/review/listing-reports.ts'
import type { Route } from './+types/reports'

// The reviewers' queue of reports from the public (issue 16, ADR 0059): how
// many wait in each state, the open ones oldest first, and the latest closed.
export async function loader({ request }: Route.LoaderArgs) {
  await requireArea(request, 'reviewer')
  return listingReportQueue(await caseDeps())
}

type Row = Awaited<ReturnType<typeof loader>>['open'][number]

export default function ReviewerReports({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const columns: TableColumn<Row>[] = [
    {
      header: t('reviewer.reports.col.reference'),
      rowHeader: true,
      cell: (r) => (
        <Link to={`/reviewer/reports/${r.id}`} dir="ltr" className="nowrap">
          {r.reference}
        </Link>
      ),
    },
    {
      header: t('reviewer.reports.col.listing'),
      cell: (r) => (r.offerTitle ? `${r.providerName}: ${r.offerTitle}` : r.providerName),
    },
    { header: t('reviewer.reports.col.reason'), cell: (r) => t(`report.reason.${r.reason}`) },
    {
      header: t('reviewer.reports.col.status'),
      cell: (r) => (
        <Tag tone={r.status === 'received' ? 'yellow' : r.status === 'closed' ? 'grey' : 'blue'}>
          {t(`report.status.${r.status}`)}
        </Tag>
      ),
    },
    { header: t('reviewer.reports.col.received'), cell: (r) => formatDate(locale, new Date(r.createdAt)) },
  ]
  return (
    <>
      <div className="two-thirds">
        <PageHeader
          title={t('reviewer.reports')}
          back={{ to: '/reviewer', label: t('reviewer.title') }}
          lede={t('reviewer.reports.lede')}
        />
        <p className="body" data-testid="report-counts">
          {t('reviewer.reports.counts', {
            received: d.counts.received,
            underReview: d.counts['under-review'],
            closed: d.counts.closed,
          })}
        </p>
      </div>
      <Section id="open" title={t('reviewer.reports.open')} className="section">
        <Table
          caption={t('reviewer.reports.open')}
          rows={d.open}
          columns={columns}
          empty={t('reviewer.reports.none')}
        />
      </Section>
      {d.closed.length > 0 ? (
        <Section id="closed" title={t('reviewer.reports.closed')} className="section">
          <Table caption={t('reviewer.reports.closed')} rows={d.closed} columns={columns} />
        </Section>
      ) : null}
    </>
  )
}
