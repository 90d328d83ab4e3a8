import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Checklist, FitToFlySummary, Itinerary, VisaNotice } from '#app/components/trip-itinerary.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { tripData } from '#app/trip.server.ts'
import type { Route } from './+types/referral-itinerary'

// The treating clinic's view of the trip (issue 17, ADR 0064): fit to fly,
// the itinerary in each place's time zone, the visa warning and the
// family's checklist, read only. Another clinic sees that there is no trip.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const view = await handle.trip()
  const provider = new URL(request.url).searchParams.get('provider')
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    trip: view ? tripData(view) : null,
    query: provider ? `?provider=${encodeURIComponent(provider)}` : '',
  }
}

export default function ClinicItinerary({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  return (
    <div>
      <PageHeader
        title={`${t('trip.title')} · ${d.reference}`}
        back={`/clinic/referrals/${d.caseId}${d.query}`}
      />
      <div className="two-thirds">
        {!d.trip ? (
          <p className="body">{t('trip.noPlan')}</p>
        ) : (
          <>
            <VisaNotice visa={d.trip.visa} />
            <FitToFlySummary fit={d.trip.fitToFly} />
            <Itinerary trip={d.trip} calendarHref={`/cases/${d.caseId}/itinerary.ics${d.query}`} />
            <Checklist checklist={d.trip.checklist} editable={false} />
          </>
        )}
      </div>
    </div>
  )
}
