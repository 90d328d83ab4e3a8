import type { CaseId } from '#domain/shared/ids.ts'
import type { EmailRequest } from '../../mail/templates.ts'
import { coordinatorRecipients, patientSideRecipients, type Recipient } from '../../stores/member-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { CaseContext } from '../../cases/case-context.ts'

// Who hears about what happens on a case. Emails carry the case reference and
// a link, never health content, in each recipient's own language.
type Email = Omit<EmailRequest, 'to' | 'locale' | 'params'> & {
  params: Omit<EmailRequest['params'], 'name' | 'url'>
  /** Path of the page the email links to. */
  path: string
}

export async function notifyRecipients(
  deps: Pick<CaseDeps, 'notify'>,
  recipients: Recipient[],
  email: Email,
): Promise<void> {
  const { path, ...request } = email
  for (const r of recipients) {
    await deps.notify.email({
      ...request,
      to: r.email,
      locale: r.locale ?? 'en',
      params: { ...request.params, url: `${deps.notify.publicUrl}${path}`, name: r.name },
    })
  }
}

export async function notifyPatientSide(deps: CaseDeps, ctx: CaseContext, email: Email): Promise<void> {
  const recipients = await patientSideRecipients(deps.db, ctx.row.id as CaseId, ctx.actor.userId)
  await notifyRecipients(deps, recipients, email)
}

export async function notifyCoordinators(deps: CaseDeps, ctx: CaseContext, email: Email): Promise<void> {
  const recipients = await coordinatorRecipients(deps.db, ctx.row.coordinatorUserId, ctx.actor.userId)
  await notifyRecipients(deps, recipients, email)
}
