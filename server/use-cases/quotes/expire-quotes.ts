import type { CaseId, ProviderId } from '#domain/shared/ids.ts'
import { caseContext, type SystemActor } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { openCaseKey } from '../../cases/case-vault.ts'
import { findCase } from '../../stores/case-store.ts'
import { referralsWithLapsedQuotes } from '../../stores/referral-store.ts'
import { runReferralCommand } from '../referrals/referral-commands.ts'

const expiry: SystemActor = { kind: 'system', userId: null, job: 'quote-expiry' }

/**
 * The scheduled job (ADR 0060): each plan whose quote's last valid day has
 * ended where the clinic is, and that the family has not accepted, becomes
 * expired, by Waypoint itself rather than any person. Each referral goes
 * through the same command as a person's step (decided by domain/referrals,
 * guarded by the version read here, audited, the family, the clinic and the
 * coordinator told in their own languages), so a family accepting at that
 * very moment ends with exactly one outcome: if the acceptance came first,
 * the version moved and this referral is left alone.
 */
export async function expireLapsedQuotes(
  deps: Pick<CaseDeps, 'db' | 'clock' | 'keys' | 'notify' | 'meetings'>,
  caseIds?: readonly string[],
): Promise<{ expired: number; skipped: number }> {
  const now = deps.clock.now()
  let expired = 0
  let skipped = 0
  for (const lapsed of await referralsWithLapsedQuotes(deps.db, now, caseIds)) {
    const row = await findCase(deps.db, lapsed.caseId as CaseId)
    // An erased case has no key left: nothing to tell anyone about.
    const key = row && openCaseKey(row.wrappedKey, deps.keys.master)
    if (!row || !key) {
      skipped++
      continue
    }
    const done = await runReferralCommand(
      { ...deps, clock: { now: () => now } },
      caseContext(row, key, expiry, null),
      lapsed.providerId as ProviderId,
      { kind: 'system' },
      { type: 'expire' },
      lapsed.version,
    )
    if (done.ok) expired++
    else skipped++
  }
  return { expired, skipped }
}
