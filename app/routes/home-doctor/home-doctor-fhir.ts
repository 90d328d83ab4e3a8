import { openLink, privateHeaders } from './home-doctor.server.ts'
import type { Route } from './+types/home-doctor-fhir'

// The home doctor's FHIR R4 Bundle (ADR 0066): CarePlan, Procedures,
// AdverseEvents and the ALSFRS-R over time, for their own record system.
const linkGone = {
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'expired', diagnostics: 'This link no longer works.' }],
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const opened = await openLink(request, params.token, 'fhir')
  // Gone: an OperationOutcome says so in FHIR's own terms, with nothing of the record.
  if (opened.found === 'gone')
    return new Response(JSON.stringify(linkGone), {
      status: 410,
      headers: { ...privateHeaders, 'Content-Type': 'application/fhir+json; charset=utf-8' },
    })
  return new Response(JSON.stringify(opened.bundle(), null, 2), {
    headers: {
      ...privateHeaders,
      'Content-Type': 'application/fhir+json; charset=utf-8',
      'Content-Disposition': `attachment; filename="waypoint-${opened.summary.record.reference}-care-plan.json"`,
    },
  })
}
