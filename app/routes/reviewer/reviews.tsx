import { Link } from 'react-router'
import { formatDate, formatList } from '#domain/i18n/format.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { Table, type TableColumn } from '#app/components/patterns/table.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { requireArea } from '#app/request.server.ts'
import { reviewQueueForReviewers } from '#server/use-cases/reviews/reviews.ts'
import type { Route } from './+types/reviews'

// The reviewers' queue of verified reviews (ADR 0068): every review waits
// here before it is public, those the personal-data check held first; then
// published reviews someone reported.
export async function loader({ request }: Route.LoaderArgs) {
  await requireArea(request, 'reviewer')
  return reviewQueueForReviewers(await caseDeps())
}

type Row = Awaited<ReturnType<typeof loader>>['awaiting'][number]

export default function ReviewerReviews({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const columns: TableColumn<Row>[] = [
    {
      header: t('reviews.queue.col.provider'),
      rowHeader: true,
      cell: (r) => <Link to={`/reviewer/reviews/${r.id}`}>{r.providerName}</Link>,
    },
    {
      header: t('reviews.queue.col.check'),
      cell: (r) =>
        r.flags.length === 0 ? (
          <Tag tone="green">{t('reviews.check.clean')}</Tag>
        ) : (
          <Tag tone="red">
            {formatList(
              locale,
              r.flags.map((f) => t(`reviews.flag.${f}`)),
            )}
          </Tag>
        ),
    },
    { header: t('reviews.queue.col.reports'), cell: (r) => r.openReports },
    { header: t('reviews.queue.col.written'), cell: (r) => formatDate(locale, new Date(r.createdAt)) },
  ]
  return (
    <>
      <div className="two-thirds">
        <PageHeader
          title={t('reviews.queue.title')}
          back={{ to: '/reviewer', label: t('reviewer.title') }}
          lede={t('reviews.queue.lede')}
        />
      </div>
      <Section id="awaiting" title={t('reviews.queue.awaiting')} className="section">
        <Table
          caption={t('reviews.queue.awaiting')}
          rows={d.awaiting}
          columns={columns}
          empty={t('reviews.queue.none')}
        />
      </Section>
      <Section id="reported" title={t('reviews.queue.reported')} className="section">
        <Table
          caption={t('reviews.queue.reported')}
          rows={d.reported}
          columns={columns}
          empty={t('reviews.queue.none')}
        />
      </Section>
    </>
  )
}
