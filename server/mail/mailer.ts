import nodemailer from 'nodemailer'
import type { Db } from '../db/client.ts'
import { outboxEmail } from '../db/schema/app.ts'
import { renderEmail, type EmailRequest } from './templates.ts'

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
        })
        .onConflictDoNothing()
    },
  }
}
