import { exportCasePdf } from '#server/use-cases/privacy/export-case.ts'
import { localeOf } from '#app/request.server.ts'
import { requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/export-pdf'

export async function loader({ request, params }: Route.LoaderArgs) {
  const { rt, viewer, found } = await requireMemberCase(request, params.caseId)
  const pdf = await exportCasePdf(rt, viewer, found, localeOf(request))
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="waypoint-${found.row.reference}-summary.pdf"`,
      'Cache-Control': 'no-store',
    },
  })
}
