import { mayEditSubmissions, type OnboardingRefusal } from '#domain/review/onboarding-access.ts'
import { decideWithdrawal, type WithdrawalRefusal } from '#domain/review/withdrawal.ts'
import type { ProviderId, UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import { lockClinic, teamRoleOf } from '../../stores/clinic-team-store.ts'
import { removeAccreditationOf } from '../../stores/credential-store.ts'
import {
  credentialForWithdrawal,
  markCredentialWithdrawn,
  markOfferWithdrawn,
  offerForWithdrawal,
} from '../../stores/onboarding-store.ts'
import { judgeOffers } from '../catalogue/judge-offers.ts'
import { refreshProviderEthics } from './provider-ethics.ts'

// A clinic's administrator withdraws an offer or a credential from the
// onboarding page (issue 16, ADR 0070). One transaction under the clinic's
// lock: the item becomes `withdrawn`, audited with identifiers only. After it
// commits, a withdrawn offer leaves search and every instance's cached pages
// at once; a withdrawn credential stops counting as evidence, so the clinic's
// offers are judged again (a trial offer that leaned on it stops being
// listable), and its accreditation row and ethics fields go with it.

type Deps = Pick<CaseDeps, 'db' | 'clock'>

export type WithdrawRefusal =
  OnboardingRefusal | WithdrawalRefusal | { code: 'offer.not-found' } | { code: 'credential.not-found' }

async function mayWithdraw(deps: Deps, viewerId: UserId, providerId: ProviderId) {
  const role = await teamRoleOf(deps.db, viewerId, providerId)
  if (!role) return err({ code: 'onboarding.not-found' } as const)
  if (!mayEditSubmissions(role)) return err({ code: 'onboarding.not-allowed' } as const)
  return ok(null)
}

export async function withdrawOffer(
  deps: Deps,
  viewerId: UserId,
  providerId: ProviderId,
  offerId: string,
): Promise<Result<null, WithdrawRefusal>> {
  const allowed = await mayWithdraw(deps, viewerId, providerId)
  if (!allowed.ok) return allowed
  const done = await deps.db.transaction(async (tx) => {
    if (!(await lockClinic(tx, providerId))) return err({ code: 'onboarding.not-found' } as const)
    const row = await offerForWithdrawal(tx, providerId, offerId)
    if (!row) return err({ code: 'offer.not-found' } as const)
    const decided = decideWithdrawal(row.reviewStatus)
    if (!decided.ok) return decided
    await markOfferWithdrawn(tx, offerId)
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: 'offer.withdrawn',
      subjectType: 'offer',
      subjectId: offerId,
      details: { providerId, reviewStatusBefore: row.reviewStatus },
    })
    return ok(null)
  })
  if (!done.ok) return done
  // Off search and every instance's cached public pages before this returns (ADR 0056).
  await publishListingChange(deps.db, [providerId])
  return ok(null)
}

export async function withdrawCredential(
  deps: Deps,
  viewerId: UserId,
  providerId: ProviderId,
  credentialId: string,
): Promise<Result<null, WithdrawRefusal>> {
  const allowed = await mayWithdraw(deps, viewerId, providerId)
  if (!allowed.ok) return allowed
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    if (!(await lockClinic(tx, providerId))) return err({ code: 'onboarding.not-found' } as const)
    const row = await credentialForWithdrawal(tx, providerId, credentialId)
    if (!row) return err({ code: 'credential.not-found' } as const)
    const decided = decideWithdrawal(row.reviewStatus)
    if (!decided.ok) return decided
    await markCredentialWithdrawn(tx, credentialId, now)
    const accreditations = row.kind === 'accreditation' ? await removeAccreditationOf(tx, row) : 0
    await refreshProviderEthics(tx, providerId, now)
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: 'credential.withdrawn',
      subjectType: 'credential',
      subjectId: credentialId,
      details: {
        providerId,
        kind: row.kind,
        reviewStatusBefore: row.reviewStatus,
        documentId: row.documentId,
        accreditations,
      },
    })
    return ok(null)
  })
  if (!done.ok) return done
  // The credential was evidence the listing policy read: the clinic's offers
  // are judged again (ADR 0052), and what is public follows on every instance.
  await judgeOffers(
    deps.db,
    { kind: 'provider', providerId, cause: { subjectType: 'credential', subjectId: credentialId } },
    now,
  )
  await publishListingChange(deps.db, [providerId])
  return ok(null)
}
