import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/export-fhir'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const bundle = await handle.exportFhir()
  return new Response(JSON.stringify(bundle, null, 2), {
    headers: {
      'Content-Type': 'application/fhir+json; charset=utf-8',
      'Content-Disposition': `attachment; filename="waypoint-${handle.case.reference}-fhir.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
