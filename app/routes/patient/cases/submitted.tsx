import { data, Link } from 'react-router'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { formatDate } from '#domain/i18n/format.ts'
import { patientTimeZone } from '#domain/intake/time-zones.ts'
import type { Route } from './+types/submitted'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  if (handle.case.stage === 'inquiry') throw data(null, { status: 404 })
  const next = handle.nextStep()
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    // The same date as the receipt email and the case page (domain/cases/response-due.ts).
    due: next.code === 'first-reply' ? next.due.toISOString() : null,
    timeZone: patientTimeZone(handle.answers()) ?? 'UTC',
  }
}

export default function Submitted({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="two-thirds">
      <PageTitle title={t('submitted.title')} />
      <div className="panel panel--confirmation">
        <h1 className="heading-xl">{t('submitted.title')}</h1>
        <p className="body">
          {t('submitted.reference')} <strong>{loaderData.reference}</strong>
        </p>
      </div>
      <h2 className="heading-m">{t('submitted.next.title')}</h2>
      {loaderData.due ? (
        <p className="body" data-testid="next-step">
          {t('case.after.next.first-reply', {
            date: formatDate(locale, new Date(loaderData.due), loaderData.timeZone),
          })}
        </p>
      ) : null}
      <p className="body">{t('submitted.next.body')}</p>
      <ul className="list list--bullet">
        <li>
          <Link to={`/patient/cases/${loaderData.caseId}/messages`}>{t('submitted.messages')}</Link>
        </li>
        <li>
          <Link to={`/patient/cases/${loaderData.caseId}`}>{t('submitted.case')}</Link>
        </li>
      </ul>
    </div>
  )
}
