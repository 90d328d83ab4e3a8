import { data } from 'react-router'
import { parseQuoteId } from '#domain/shared/ids.ts'
import { localeOf } from '#app/request.server.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/quote-pdf'

// One clinic's quote as a PDF, in the family's language (issue 15).
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const quoteId = parseQuoteId(params.quoteId)
  const done = quoteId ? await handle.quotePdf(quoteId, localeOf(request)) : null
  if (!done) throw data(null, { status: 404 })
  return new Response(Buffer.from(done.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${done.fileName}"`,
      'Cache-Control': 'no-store',
    },
  })
}
