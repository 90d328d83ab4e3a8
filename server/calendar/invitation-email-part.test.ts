import nodemailer from 'nodemailer'
import { describe, expect, test } from 'vitest'
import type { CalendarInvitation } from './consultation-invitation.ts'
import { invitationEmailPart } from './invitation-email-part.ts'

const invitation = (method: CalendarInvitation['method']): CalendarInvitation => ({
  method,
  filename: 'invite.ics',
  content: `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:${method}\r\nEND:VCALENDAR`,
})

async function compose(part: ReturnType<typeof invitationEmailPart>): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const info = await transport.sendMail({
    from: 'Waypoint <care@waypoint.example>',
    to: 'family@example.org',
    subject: 'Your consultation',
    text: 'See the invitation.',
    icalEvent: part,
  })
  return (info.message as Buffer).toString('utf8')
}

describe('the invitation as part of an email', () => {
  test.each(['REQUEST', 'CANCEL'] as const)(
    'nodemailer sends a %s as a text/calendar part whose method matches the file',
    async (method) => {
      const mime = await compose(invitationEmailPart(invitation(method)))
      expect(mime).toContain(`Content-Type: text/calendar; charset=utf-8; method=${method}`)
      expect(mime).toContain('filename=invite.ics')
      expect(mime).toMatch(/multipart\/alternative/)
    },
  )
})
