import { data } from 'react-router'
import { parseCaseId } from '#domain/shared/ids.ts'
import { openCase } from '#server/cases/open-case.ts'
import { caseDeps, providerOf } from '#app/case.server.ts'
import { localeOf, requireUser } from '#app/request.server.ts'
import type { Route } from './+types/trip-calendar'

// The itinerary as an iCalendar file (ADR 0064), for whoever may read the
// trip page: the case's members, coordinators and the treating clinic (whose
// read is audited); everyone else gets 404. Never cached.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  const caseId = parseCaseId(params.caseId)
  const handle = caseId
    ? await openCase(await caseDeps(), viewer, caseId, {
        requestId: request.headers.get('x-request-id'),
        providerId: providerOf(request),
      })
    : null
  if (!handle || !('tripCalendar' in handle)) throw data(null, { status: 404 })
  const ics = await handle.tripCalendar(localeOf(request))
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="waypoint-${handle.case.reference}-itinerary.ics"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
