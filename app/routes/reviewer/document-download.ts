import { Readable } from 'node:stream'
import { data } from 'react-router'
import { parseProviderDocumentId } from '#domain/shared/ids.ts'
import { caseDeps } from '#app/case.server.ts'
import { requireArea } from '#app/request.server.ts'
import { openClinicDocument } from '#server/use-cases/review/clinic-document.ts'
import type { Route } from './+types/document-download'

// A clinic's credential document, for reviewers only (issue 16, ADR 0054):
// the read is audited before a byte is sent; always an attachment, never cached.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireArea(request, 'reviewer')
  const documentId = parseProviderDocumentId(params.documentId)
  const opened = documentId
    ? await openClinicDocument(await caseDeps(), viewer, documentId, request.headers.get('x-request-id'))
    : null
  if (!opened) throw data(null, { status: 404 })
  // RFC 6266: an ASCII fallback plus the UTF-8 name.
  const ascii = opened.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return new Response(Readable.toWeb(opened.stream) as ReadableStream, {
    headers: {
      'Content-Type': opened.contentType,
      'Content-Length': String(opened.sizeBytes),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(opened.filename)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
