import { localeOf } from '#app/request.server.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/export-pdf'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const pdf = await handle.exportPdf(localeOf(request))
  return new Response(Buffer.from(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="waypoint-${handle.case.reference}-summary.pdf"`,
      'Cache-Control': 'no-store',
    },
  })
}
