import { and, eq, inArray, isNotNull } from 'drizzle-orm'
import { user } from '../../db/schema/auth.ts'
import { caseMember } from '../../db/schema/cases.ts'
import type { EmailRequest } from '../../mail/templates.ts'
import type { Runtime } from '../../runtime.ts'
import type { Db } from '../../db/client.ts'

// Who hears about what happens on a case. Emails carry the case reference and
// a link, never health content, in each recipient's own language.
export async function patientSideRecipients(db: Db, caseId: string, exceptUserId?: string) {
  const rows = await db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(caseMember)
    .innerJoin(user, eq(user.id, caseMember.userId))
    .where(and(eq(caseMember.caseId, caseId), eq(caseMember.status, 'active'), isNotNull(caseMember.userId)))
  return rows.filter((r) => r.id !== exceptUserId)
}

export async function coordinatorRecipients(db: Db, assignedUserId: string | null, exceptUserId?: string) {
  const rows = await db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(user)
    .where(assignedUserId ? eq(user.id, assignedUserId) : inArray(user.role, ['coordinator']))
  return rows.filter((r) => r.id !== exceptUserId)
}

export async function notify(
  rt: Runtime,
  recipients: { email: string; name: string; locale: string | null }[],
  request: Omit<EmailRequest, 'to' | 'locale' | 'params'> & { params: Omit<EmailRequest['params'], 'name'> },
) {
  for (const r of recipients) {
    await rt.jobs.sendEmail({
      ...request,
      to: r.email,
      locale: r.locale ?? 'en',
      params: { ...request.params, name: r.name },
    })
  }
}
