import { redirect } from 'react-router'
import type { CaseHandle } from '#server/cases/open-case.ts'
import { withAttachments } from '#app/components/conversation.tsx'
import { failure, failureOfCodes, refuse } from './action.server.ts'

// Both sides of a case's conversation post the same multipart form. A body
// that cannot be read at all comes back through the address (as an upload
// does); anything else comes back to the form with what was typed. A message
// that was sent is named in the address by its id only, and the page confirms
// it from the conversation itself (never from text in the address).
type CanMessage = Extract<CaseHandle, { sendMessage: unknown }>

export async function sendMessageAction(handle: CanMessage, request: Request, page: string) {
  const sent = await handle.sendMessage(request)
  if (sent.ok) throw redirect(`${page}?sent=${sent.value.id}`, 303)
  if ('unreadable' in sent.error) throw redirect(`${page}?error=${sent.error.code}`, 303)
  // A browser cannot keep a chosen file across a refused post: a file sent
  // with refused text is asked for again, on the file's own field.
  const attached = 'attached' in sent.error && sent.error.attached
  // A file the case already holds stops the whole message, not only the file: say so.
  if (sent.error.code === 'document.duplicate')
    return failure({ body: [sent.error.draft] }, [{ field: 'file', key: 'messages.error.duplicate' }], 409)
  return refuse(
    sent.error,
    { body: [sent.error.draft] },
    attached ? { file: { field: 'file', again: 'upload.error.chooseFileAgain' } } : {},
  )
}

/**
 * A case's conversation for its page: the messages with the documents
 * attached to them, and a failure carried back through the address.
 */
export async function readConversation(handle: CanMessage, request: Request) {
  const [messages, documents] = await Promise.all([handle.messages(), handle.documents()])
  const query = new URL(request.url).searchParams
  const error = query.get('error')
  const conversation = withAttachments(messages, documents)
  const sent = conversation.find((m) => m.id === query.get('sent'))
  return {
    messages: conversation,
    failure: error ? failureOfCodes([{ code: error }]) : null,
    sent: sent ? { id: sent.id, body: sent.body, attachments: sent.attachments.map((a) => a.name) } : null,
  }
}
