import { Link, redirect } from 'react-router'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { stageAndSentColumns } from '#app/components/case-columns.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { AnswerDue } from '#app/components/answer-due.tsx'
import { describeShare } from '#app/lib/describe-share.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireArea } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { clinicReferrals } from '#server/use-cases/cases/case-lists.ts'
import { lastInboxPage, parseInboxFilters } from '#domain/referrals/inbox-views.ts'
import { InboxViewsNav, inboxHref } from '#app/components/inbox-views-nav.tsx'
import type { Route } from './+types/referrals'

// The clinic's inbox: one view at a time (domain/referrals/inbox-views.ts),
// each a link with its count, so every view has its own address and works
// without JavaScript.
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'clinic')
  const filters = parseInboxFilters(new URL(request.url).searchParams)
  const inbox = await clinicReferrals(await caseDeps(), viewer.id, filters)
  // Referrals move between views, so an old link may name a page past the
  // end: it goes to the view's last page rather than an empty table.
  const last = lastInboxPage(inbox.counts[filters.view])
  if (filters.page > last) throw redirect(inboxHref(filters.view, last))
  return { ...filters, ...inbox }
}

export default function Referrals({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <div>
      <PageHeader title={t('referrals.title')} />
      <p className="body two-thirds">{t('referrals.lede')}</p>
      <InboxViewsNav counts={loaderData.counts} current={loaderData.view} />
      {loaderData.view !== 'all' ? (
        <p className="body two-thirds">{t(`referrals.viewLede.${loaderData.view}`)}</p>
      ) : null}
      <Table
        caption={
          loaderData.view === 'all'
            ? t('referrals.title')
            : `${t('referrals.title')}: ${t(`referrals.view.${loaderData.view}`)}`
        }
        empty={t(loaderData.counts.all === 0 ? 'referrals.none' : 'referrals.noneInView')}
        rows={loaderData.referrals}
        rowKey={(r) => `${r.id}-${r.providerId}`}
        columns={[
          {
            header: t('queue.col.case'),
            cell: (r) => (
              <Link
                to={`/clinic/referrals/${r.id}?provider=${encodeURIComponent(r.providerId)}`}
                className="nowrap"
              >
                {r.reference}
              </Link>
            ),
          },
          // Staff of two clinics read which one each referral is for.
          ...(loaderData.severalClinics
            ? [
                {
                  header: t('referrals.col.clinic'),
                  cell: (r: (typeof loaderData.referrals)[number]) => r.providerName,
                },
              ]
            : []),
          {
            header: t('referrals.col.referral'),
            cell: (r) => <Tag>{t(`referral.status.${r.referralStatus}` as MessageKey)}</Tag>,
          },
          {
            header: t('referrals.col.due'),
            cell: (r) => <AnswerDue due={r.answerDueAt} overdue={r.overdue} />,
          },
          ...stageAndSentColumns(t, locale),
          {
            header: t('referrals.col.shared'),
            cell: (r) => describeShare(t, locale, r.documentCount, r.sections),
          },
        ]}
      />
      {loaderData.page > 1 || loaderData.hasNext ? (
        <nav className="pagination" aria-label={t('queue.pages')}>
          <p className="body">{t('queue.page', { page: loaderData.page })}</p>
          <ul className="pagination__list">
            {loaderData.page > 1 ? (
              <li>
                <Link rel="prev" to={inboxHref(loaderData.view, loaderData.page - 1)}>
                  {t('queue.previous')}
                </Link>
              </li>
            ) : null}
            {loaderData.hasNext ? (
              <li>
                <Link rel="next" to={inboxHref(loaderData.view, loaderData.page + 1)}>
                  {t('queue.next')}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}
