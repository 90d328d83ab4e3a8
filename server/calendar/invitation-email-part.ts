import type { SendMailOptions } from 'nodemailer'
import type { CalendarInvitation } from './consultation-invitation.ts'

// How an invitation travels by email. Calendar clients (Outlook, Gmail, Apple
// Mail) recognise an invitation by a text/calendar part whose method matches
// the file's METHOD; nodemailer's `icalEvent` option writes exactly that
// alternative part (and an attachment copy for the others). The mailer
// (server/mail/mailer.ts) does not send it yet: the booking use case will pass
// this to sendMail as `icalEvent` beside the rendered email.
export type InvitationEmailPart = NonNullable<SendMailOptions['icalEvent']> & {
  method: CalendarInvitation['method']
  filename: string
  content: string
}

export function invitationEmailPart(invitation: CalendarInvitation): InvitationEmailPart {
  return { method: invitation.method, filename: invitation.filename, content: invitation.content }
}
