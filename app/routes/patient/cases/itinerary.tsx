import { redirect } from 'react-router'
import { CasePage } from '#app/components/case-nav.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { Checklist, FitToFlySummary, Itinerary, VisaNotice } from '#app/components/trip-itinerary.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { tripData } from '#app/trip.server.ts'
import type { Route } from './+types/itinerary'

// The family's trip (issue 17, ADR 0064): whether the person is fit to fly,
// the itinerary in time order with each time in its place's zone, the visa
// warning, a calendar file, and the pre-departure checklist they tick.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const view = await handle.trip()
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    trip: view ? tripData(view) : null,
    saved: new URL(request.url).searchParams.get('saved') === '1',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  if (fields.command?.[0] !== 'checklist') return failure(fields, [{ field: 'form', key: 'error.generic' }])
  const saved = await handle.saveChecklist(fields.done ?? [])
  if (!saved.ok) return refuse(saved.error, fields, { field: 'form' })
  throw redirect(`${casePath(handle.case.id, 'itinerary')}?saved=1`, 303)
}

export default function ItineraryPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['form'])
  const { trip, caseId } = loaderData
  return (
    <CasePage caseId={caseId} current="itinerary" title={t('trip.title')} failure={failed}>
      {loaderData.saved && !failed.failed ? (
        <NotificationBanner tone="success" title={t('trip.done.ticked')} />
      ) : null}
      <div className="two-thirds" id="form">
        <p className="body">{t('trip.lede', { reference: loaderData.reference })}</p>
        {!trip ? (
          <p className="body">{t('trip.noPlan')}</p>
        ) : (
          <>
            <VisaNotice visa={trip.visa} />
            <FitToFlySummary fit={trip.fitToFly} />
            <Itinerary trip={trip} calendarHref={`/cases/${caseId}/itinerary.ics`} />
            <Checklist checklist={trip.checklist} editable />
          </>
        )}
      </div>
    </CasePage>
  )
}
