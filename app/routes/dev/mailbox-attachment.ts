import { data } from 'react-router'
import { requireNonProduction } from '#app/request.server.ts'
import { readOutboxAttachment } from '#server/use-cases/dev/mailbox.ts'
import type { Route } from './+types/mailbox-attachment'

// A file sent with an outbox email (a calendar invitation), downloaded as it was sent.
export async function loader({ params }: Route.LoaderArgs) {
  const rt = await requireNonProduction()
  const index = Number(params.index)
  const file =
    /^[0-9a-f-]{36}$/.test(params.emailId) && Number.isSafeInteger(index) && index >= 0
      ? await readOutboxAttachment(rt, params.emailId, index)
      : null
  if (!file) throw data(null, { status: 404 })
  const safeName = file.filename.replace(/[^A-Za-z0-9._-]/g, '_')
  return new Response(file.content, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${safeName}"`,
      'Cache-Control': 'no-store',
    },
  })
}
