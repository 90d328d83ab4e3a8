import { Link, data } from 'react-router'
import { formatDate } from '#domain/i18n/format.ts'
import { isReviewQueue } from '#domain/review/review-queues.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { ReviewQueueNav } from '#app/components/review-queue-nav.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { requireArea } from '#app/request.server.ts'
import { reviewQueuesNow } from '#server/use-cases/review/review-queues.ts'
import type { Route } from './+types/queue'

// One of the reviewer's queues (issue 16, ADR 0054): a dense table, oldest
// first, each row linking to the item; the other queues' counts above it.
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireArea(request, 'reviewer')
  const queue = params.queue
  if (!isReviewQueue(queue)) throw data(null, { status: 404 })
  const queues = await reviewQueuesNow(await caseDeps())
  return { queue, counts: queues.counts, items: queues.items[queue] }
}

export default function ReviewQueuePage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { queue, counts, items } = loaderData
  type Item = (typeof items)[number]
  return (
    <>
      <PageHeader
        title={t(`reviewer.queue.${queue}`)}
        back={{ to: '/reviewer', label: t('reviewer.title') }}
        lede={t('reviewer.queue.lede')}
      />
      <ReviewQueueNav counts={counts} />
      <Table<Item>
        caption={t(`reviewer.queue.${queue}`)}
        rows={items}
        rowKey={(i) => `${i.subject}:${i.id}`}
        empty={t('reviewer.queue.empty')}
        columns={[
          {
            header: t('reviewer.col.item'),
            rowHeader: true,
            cell: (i) => (
              <>
                <Link to={`/reviewer/items/${i.subject}/${i.id}`}>{i.label}</Link>{' '}
                <span className="hint">
                  {i.kind
                    ? t(`review.credentialKind.${i.kind as 'accreditation'}`)
                    : t(`reviewer.subject.${i.subject}`)}
                </span>
              </>
            ),
          },
          {
            header: t('reviewer.col.clinic'),
            cell: (i) =>
              i.subject === 'provider' || i.clinicStatus === 'approved'
                ? i.providerName
                : `${i.providerName} (${t('reviewer.clinicPending')})`,
          },
          {
            header: t('reviewer.col.submitted'),
            cell: (i) => (i.submittedAt ? formatDate(locale, new Date(i.submittedAt)) : ''),
          },
          {
            header: t('reviewer.col.policy'),
            cell: (i) =>
              i.verdict ? (
                <Tag tone={i.verdict === 'listable' ? 'green' : i.verdict === 'blocked' ? 'red' : 'yellow'}>
                  {t(`reviewer.verdict.${i.verdict as 'blocked'}`)}
                </Tag>
              ) : (
                ''
              ),
          },
          {
            header: t('reviewer.col.approvals'),
            cell: (i) => t('reviewer.approvals', { count: i.approvals, needed: i.needed }),
          },
        ]}
      />
    </>
  )
}
