import { redirect } from 'react-router'
import type { CaseHandle } from '#server/cases/open-case.ts'
import { withAttachments } from '#app/components/conversation.tsx'
import { failureOfCodes, refuse } from './action.server.ts'

// Both sides of a case's conversation post the same multipart form. A body
// that cannot be read at all comes back through the address (as an upload
// does); anything else comes back to the form with what was typed.
type CanMessage = Extract<CaseHandle, { sendMessage: unknown }>

export async function sendMessageAction(handle: CanMessage, request: Request, page: string) {
  const sent = await handle.sendMessage(request)
  if (sent.ok) throw redirect(page, 303)
  if ('unreadable' in sent.error) throw redirect(`${page}?error=${sent.error.code}`, 303)
  return refuse(sent.error, { body: [sent.error.draft] })
}

/**
 * A case's conversation for its page: the messages with the documents
 * attached to them, and a failure carried back through the address.
 */
export async function readConversation(handle: CanMessage, request: Request) {
  const [messages, documents] = await Promise.all([handle.messages(), handle.documents()])
  const error = new URL(request.url).searchParams.get('error')
  return {
    messages: withAttachments(messages, documents),
    failure: error ? failureOfCodes([{ code: error }]) : null,
  }
}
