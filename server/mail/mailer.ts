import nodemailer from 'nodemailer'
import type { Db } from '../db/client.ts'
import { outboxEmail } from '../db/schema/app.ts'
import { renderEmail, type EmailInvitation, type EmailRequest } from './templates.ts'

// A calendar invitation travels as nodemailer's icalEvent: a text/calendar
// alternative part whose method matches the file's METHOD, which calendar
// clients read as an invitation, plus an attachment copy for the others.
function icalEventOf(invitation: EmailInvitation | undefined) {
  return invitation
    ? { method: invitation.method, filename: invitation.filename, content: invitation.content }
    : undefined
}

/** How the outbox keeps an invitation: a file the dev mailbox lists and downloads. */
function attachmentsOf(invitation: EmailInvitation | undefined) {
  return invitation
    ? [
        {
          filename: invitation.filename,
          contentType: `text/calendar; charset=utf-8; method=${invitation.method}`,
          content: invitation.content,
        },
      ]
    : []
}

/**
 * `key` identifies one sending (the job id): delivering the same key twice,
 * as a job retried after a crash would, stores one email, not two.
 */
export type Mailer = {
  deliver(request: EmailRequest, key: string): Promise<void>
  transport: 'smtp' | 'outbox'
}

/**
 * SMTP when SMTP_URL is set; otherwise the message is composed by nodemailer
 * all the same and kept in the database outbox, readable at /dev/mailbox.
 */
export function createMailer(db: Db, options: { smtpUrl?: string; from: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl)
    return {
      transport: 'smtp',
      async deliver(request, key) {
        const email = renderEmail(request)
        await transport.sendMail({
          messageId: `<${key}@waypoint>`,
          from: options.from,
          to: request.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          icalEvent: icalEventOf(request.invitation),
          headers: { 'Content-Language': email.locale },
        })
      },
    }
  }
  const compose = nodemailer.createTransport({ jsonTransport: true })
  return {
    transport: 'outbox',
    async deliver(request, key) {
      const email = renderEmail(request)
      await compose.sendMail({
        from: options.from,
        to: request.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        icalEvent: icalEventOf(request.invitation),
      })
      await db
        .insert(outboxEmail)
        .values({
          id: key,
          to: request.to.toLowerCase(),
          subject: email.subject,
          text: email.text,
          html: email.html,
          locale: email.locale,
          template: request.template,
          attachments: attachmentsOf(request.invitation),
        })
        .onConflictDoNothing()
    },
  }
}
