import { err, ok, type Result } from '../shared/result.ts'

// A message in a case's conversation: some text or at least one attachment.
export const MAX_MESSAGE_LENGTH = 5000

export type MessageRefusal = { code: 'message.empty' } | { code: 'message.too-long'; max: number }

export function decideMessageBody(raw: string, attachments: number): Result<string, MessageRefusal> {
  const body = raw.replace(/\u0000/g, '').trim()
  if (!body && attachments === 0) return err({ code: 'message.empty' })
  if (body.length > MAX_MESSAGE_LENGTH) return err({ code: 'message.too-long', max: MAX_MESSAGE_LENGTH })
  return ok(body)
}
