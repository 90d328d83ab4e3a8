import { Link } from 'react-router'
import { formatDate } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
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
      <PageTitle title={t('referrals.title')} />
      <h1 className="heading-xl">{t('referrals.title')}</h1>
      <p className="body two-thirds">{t('referrals.lede')}</p>
      {loaderData.referrals.length === 0 ? (
        <p className="body">{t('referrals.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('referrals.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.col.case')}</th>
              <th scope="col">{t('queue.col.stage')}</th>
              <th scope="col">{t('queue.col.sent')}</th>
              <th scope="col">{t('referrals.col.shared')}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.referrals.map((r) => (
              <tr key={`${r.id}-${r.providerId}`}>
                <td>
                  <Link to={`/clinic/referrals/${r.id}`}>{r.reference}</Link>
                </td>
                <td>{t(`case.stage.${r.stage}` as MessageKey)}</td>
                <td>{r.submittedAt ? formatDate(locale, new Date(r.submittedAt)) : '—'}</td>
                <td>
                  {t('check.shared', {
                    count: r.documentCount,
                    sections:
                      r.sections.map((s) => t(`intake.section.${s}` as MessageKey)).join(', ') ||
                      t('intake.none'),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
