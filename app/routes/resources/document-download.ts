import { Readable } from 'node:stream'
import { data } from 'react-router'
import { parseCaseId, parseDocumentId } from '#domain/shared/ids.ts'
import { openCase } from '#server/cases/open-case.ts'
import { caseDeps, providerOf } from '#app/case.server.ts'
import { requireUser } from '#app/request.server.ts'
import type { Route } from './+types/document-download'

// Downloads for anyone the case allows (its members, coordinators, clinics
// holding a consent that names the document); everyone else gets 404. Each
// read is audited before a byte is sent. Always an attachment, never cached.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  const caseId = parseCaseId(params.caseId)
  const documentId = parseDocumentId(params.documentId)
  const handle =
    caseId && documentId
      ? await openCase(await caseDeps(), viewer, caseId, {
          requestId: request.headers.get('x-request-id'),
          reading: 'document',
          providerId: providerOf(request),
        })
      : null
  // A reviewing doctor's handle reads no documents.
  const opened =
    handle && documentId && 'openDocument' in handle ? await handle.openDocument(documentId) : null
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
