import { exportCaseFhir } from '#server/use-cases/privacy/export-case.ts'
import { requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/export-fhir'

export async function loader({ request, params }: Route.LoaderArgs) {
  const { rt, viewer, found } = await requireMemberCase(request, params.caseId)
  const bundle = await exportCaseFhir(rt, viewer, found)
  return new Response(JSON.stringify(bundle, null, 2), {
    headers: {
      'Content-Type': 'application/fhir+json; charset=utf-8',
      'Content-Disposition': `attachment; filename="waypoint-${found.row.reference}-fhir.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
