import { Link } from 'react-router'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { stageAndSentColumns } from '#app/components/case-columns.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { describeShare } from '#app/lib/describe-share.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireArea } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { clinicReferrals } from '#server/use-cases/cases/case-lists.ts'
import type { Route } from './+types/referrals'

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'clinic')
  const raw = Number.parseInt(new URL(request.url).searchParams.get('page') ?? '1', 10)
  const page = Number.isSafeInteger(raw) && raw >= 1 ? Math.min(raw, 1000) : 1
  return { page, ...(await clinicReferrals(await caseDeps(), viewer.id, page)) }
}

export default function Referrals({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <div>
      <PageHeader title={t('referrals.title')} />
      <p className="body two-thirds">{t('referrals.lede')}</p>
      <Table
        caption={t('referrals.title')}
        empty={t('referrals.none')}
        rows={loaderData.referrals}
        rowKey={(r) => `${r.id}-${r.providerId}`}
        columns={[
          {
            header: t('queue.col.case'),
            cell: (r) => (
              <Link to={`/clinic/referrals/${r.id}?provider=${encodeURIComponent(r.providerId)}`}>
                {r.reference}
              </Link>
            ),
          },
          {
            header: t('referrals.col.referral'),
            cell: (r) => <Tag>{t(`referral.status.${r.referralStatus}` as MessageKey)}</Tag>,
          },
          ...stageAndSentColumns(t, locale),
          { header: t('referrals.col.shared'), cell: (r) => describeShare(t, r.documentCount, r.sections) },
        ]}
      />
      {loaderData.page > 1 || loaderData.hasNext ? (
        <nav className="pagination" aria-label={t('queue.pages')}>
          <p className="body">{t('queue.page', { page: loaderData.page })}</p>
          <ul className="pagination__list">
            {loaderData.page > 1 ? (
              <li>
                <Link rel="prev" to={`/clinic/referrals?page=${loaderData.page - 1}`}>
                  {t('queue.previous')}
                </Link>
              </li>
            ) : null}
            {loaderData.hasNext ? (
              <li>
                <Link rel="next" to={`/clinic/referrals?page=${loaderData.page + 1}`}>
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
