import { Readable } from 'node:stream'
import { data } from 'react-router'
import { requireUser, runtime } from '#app/request.server.ts'
import { openCaseDocument } from '#server/use-cases/documents/case-documents.ts'
import type { Route } from './+types/document-download'

// Downloads for anyone the case allows (its members, coordinators, clinics
// holding a consent that names the document); everyone else gets 404. Each
// read is audited before a byte is sent. Always an attachment, never cached.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  const rt = await runtime()
  const uuid = /^[0-9a-f-]{36}$/
  if (!uuid.test(params.caseId) || !uuid.test(params.documentId)) throw data(null, { status: 404 })
  const opened = await openCaseDocument(
    rt,
    viewer,
    params.caseId,
    params.documentId,
    request.headers.get('x-request-id'),
  )
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
