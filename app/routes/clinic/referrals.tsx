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
  return { referrals: await clinicReferrals(await caseDeps(), viewer.id) }
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
    </div>
  )
}
