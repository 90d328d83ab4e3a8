import { randomUUID } from 'node:crypto'
import { isRole, type Role } from '#domain/accounts/roles.ts'
import {
  decideReview,
  evidenceText,
  type DecisionInput,
  type ReviewOutcome,
  type ReviewRefusal,
} from '#domain/review/decide-review.ts'
import type { ReviewSubject } from '#domain/review/review-status.ts'
import { asProviderId, type UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { providerRecipients } from '../../stores/referral-store.ts'
import {
  credentialRow,
  insertDecision,
  providerIdsOfStaff,
  roleOfUser,
  setClinicStatus,
  setCredentialStatus,
  setOfferStatus,
  upsertAccreditation,
} from '../../stores/review-store.ts'
import { notifyRecipients } from '../cases/notify.ts'
import { loadReviewCase } from './review-item.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import { judgeOffers } from '../catalogue/judge-offers.ts'
import { refreshProviderEthics } from './provider-ethics.ts'

// A reviewer's decision (issue 16, ADR 0054): under the item's row lock, the
// domain decides; the decision is appended, the item's status set, an approved
// credential recorded as verified (and an accreditation written where public
// pages read it), all audited in one transaction. After it commits, the
// clinic's search row is rebuilt, this process's page cache dropped, and the
// clinic's members told in their own language when the item is settled.
type DecideDeps = Pick<CaseDeps, 'db' | 'clock' | 'notify'>

export type DecideRefusal = ReviewRefusal | { code: 'review.not-found' }

export async function decideReviewItem(
  deps: DecideDeps,
  reviewer: { id: UserId },
  target: { subject: ReviewSubject; id: string },
  input: DecisionInput,
  requestId: string | null = null,
): Promise<Result<ReviewOutcome, DecideRefusal>> {
  const now = deps.clock.now()
  const today = now.toISOString().slice(0, 10)
  const decided = await deps.db.transaction(async (tx) => {
    const loaded = await loadReviewCase(tx, target.subject, target.id, true)
    if (!loaded) return err({ code: 'review.not-found' } as const)
    const { current, clinic, label } = loaded
    const outcome = decideReview(
      current,
      {
        id: reviewer.id,
        // An unknown role counts as the least-privileged one (as server/auth/session.ts reads it).
        role: isRoleOrLeast(await roleOfUser(tx, reviewer.id)),
        providerIds: await providerIdsOfStaff(tx, reviewer.id),
      },
      input,
      today,
    )
    if (!outcome.ok) return outcome
    const approving = input.decision === 'approve'
    const method = approving && target.subject === 'credential' ? input.verificationMethod : null
    await insertDecision(tx, {
      id: randomUUID(),
      subjectType: target.subject,
      subjectId: target.id,
      providerId: clinic.id,
      decision: input.decision,
      reasonCode: approving ? null : input.reasonCode,
      note: input.note.trim() === '' ? null : input.note.trim(),
      evidence: evidenceText(method, input.evidence),
      reviewerUserId: reviewer.id,
      decidedAt: now,
    })
    const { status } = outcome.value
    if (target.subject === 'provider') await setClinicStatus(tx, target.id, status, now)
    else if (target.subject === 'offer') await setOfferStatus(tx, target.id, status)
    else {
      const verified = method && status === 'approved' ? { method, byUserId: reviewer.id } : null
      await setCredentialStatus(tx, target.id, status, now, verified)
      const row = await credentialRow(tx, target.id)
      if (verified && row?.kind === 'accreditation' && row.validFrom && row.validTo) {
        await upsertAccreditation(tx, {
          id: row.id,
          providerId: row.providerId,
          accreditor: row.issuer,
          reference: row.reference,
          scope: row.scope,
          validFrom: row.validFrom,
          validTo: row.validTo,
          verificationMethod: verified.method,
          verifiedAt: now,
        })
      }
      // An ethics-committee or IC-SCR credential is what the profile shows as the clinic's committee.
      await refreshProviderEthics(tx, row?.providerId ?? clinic.id, now)
    }
    await appendAudit(tx, {
      actorUserId: reviewer.id,
      action: 'review.decided',
      subjectType: target.subject,
      subjectId: target.id,
      requestId,
      details: {
        providerId: clinic.id,
        decision: input.decision,
        status,
        reasonCode: approving ? null : input.reasonCode,
        verificationMethod: method,
        approvals: outcome.value.approvals,
        needed: outcome.value.needed,
      },
    })
    return ok({ outcome: outcome.value, providerId: clinic.id, label })
  })
  if (!decided.ok) return decided
  const { outcome, providerId, label } = decided.value
  if (outcome.settled) {
    // A credential is evidence the listing policy reads (a trial's permissions,
    // an accreditation): the clinic's offers are judged again, and one whose
    // verdict moved goes back to the reviewers (ADR 0058).
    if (target.subject === 'credential')
      await judgeOffers(
        deps.db,
        { kind: 'provider', providerId, cause: { subjectType: 'credential', subjectId: target.id } },
        deps.clock.now(),
      )
    // What is public may have changed: the search row, then every instance's cached public pages.
    await publishListingChange(deps.db, [providerId])
    await notifyRecipients(deps, await providerRecipients(deps.db, asProviderId(providerId)), {
      template: 'review-decided',
      path: '/clinic',
      params: {
        outcome: outcome.status,
        item: label,
        ...(input.decision === 'approve' ? {} : { reason: input.reasonCode ?? 'other' }),
        ...(input.note.trim() === '' ? {} : { note: input.note.trim() }),
      },
    })
  }
  return ok(outcome)
}

const isRoleOrLeast = (role: string | null): Role => (isRole(role) ? role : 'patient')
