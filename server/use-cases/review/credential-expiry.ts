import { eq } from 'drizzle-orm'
import { clinicToday, decideCredentialExpiry, type ReminderDays } from '#domain/review/credential-expiry.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { Db } from '../../db/client.ts'
import { offer } from '../../db/schema/catalogue.ts'
import {
  alignAccreditation,
  claimReminder,
  credentialRecipients,
  expiryCandidates,
  markExpired,
  type ExpiryCandidate,
} from '../../stores/credential-store.ts'
import { decideOfferVerdict } from '../catalogue/decide-offer-verdict.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import { offerInput } from '../catalogue/judge-offers.ts'
import { refreshProviderEthics } from './provider-ethics.ts'

// The credential expiry job (issue 16, ADR 0057): every approved, current
// credential is asked, in its clinic's own "today", whether a reminder is due
// (60 and 14 days ahead, each once) or whether its last valid day has passed.
// An expired credential changes standing with no one touching it; an
// accreditation's row follows, the clinic's offers are judged again and its
// search row rebuilt, so every public page says so at once. It runs hourly so
// that each clinic's day turns in its own zone; a run with nothing to do
// changes nothing.

export type CredentialExpiryDeps = Pick<CaseDeps, 'db' | 'clock' | 'notify'>

const DAY_MS = 86_400_000
/** Clinics' todays are within a day of UTC's, so this reaches every credential a rule might act on. */
const HORIZON_DAYS = 62

/** `providerIds` limits a run to some clinics (one a reviewer just changed; a test's own). */
export async function runCredentialExpiry(
  deps: CredentialExpiryDeps,
  providerIds?: readonly string[],
): Promise<{ reminded: number; expired: number }> {
  const now = deps.clock.now()
  const horizon = new Date(now.getTime() + HORIZON_DAYS * DAY_MS).toISOString().slice(0, 10)
  let reminded = 0
  let expired = 0
  const expiredProviders = new Set<string>()
  for (const c of await expiryCandidates(deps.db, horizon, providerIds)) {
    const decision = decideCredentialExpiry(c, clinicToday(now, c.timeZone))
    if (decision.action === 'remind') {
      if (await remind(deps, c, decision.days, decision.daysLeft, now)) reminded++
    } else if (decision.action === 'expire') {
      if (await expire(deps.db, c, decision.expiredOn, now)) {
        expired++
        expiredProviders.add(c.providerId)
      }
    }
  }
  const changed = [...expiredProviders]
  if (changed.length > 0) {
    // The search rows, then every instance's cached public pages (ADR 0056).
    await publishListingChange(deps.db, changed)
  }
  return { reminded, expired }
}

async function remind(
  deps: CredentialExpiryDeps,
  c: ExpiryCandidate,
  days: ReminderDays,
  daysLeft: number,
  now: Date,
): Promise<boolean> {
  const recipients = await deps.db.transaction(async (tx) => {
    const db = tx as unknown as Db
    if (!(await claimReminder(db, c.id, days, now))) return null
    const people = await credentialRecipients(db, c.providerId)
    await appendAudit(db, {
      actorUserId: null,
      action: 'credential.reminder-sent',
      subjectType: 'credential',
      subjectId: c.id,
      details: { by: 'credential-expiry-job', providerId: c.providerId, days, recipients: people.length },
    })
    return people
  })
  if (!recipients) return false
  for (const person of recipients) {
    await deps.notify.email({
      template: 'credential-expiring',
      to: person.email,
      locale: person.locale,
      params: {
        name: person.name,
        url: `${deps.notify.publicUrl}/clinic`,
        reference: c.reference,
        credentialKind: c.kind,
        due: c.validTo ?? undefined,
        daysLeft,
      },
    })
  }
  return true
}

async function expire(db: Db, c: ExpiryCandidate, expiredOn: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db
    if (!(await markExpired(t, c.id, now))) return false
    const accreditations =
      c.kind === 'accreditation' && c.validTo ? await alignAccreditation(t, { ...c, validTo: c.validTo }) : 0
    // In the same transaction: a crash cannot leave an expired credential behind verdicts that ignore it.
    await judgeProviderOffersAgain(t, c.providerId, now)
    // A lapsed ethics-committee or IC-SCR registration is no longer the clinic's verified committee (ADR 0070).
    await refreshProviderEthics(t, c.providerId, now)
    await appendAudit(t, {
      actorUserId: null,
      action: 'credential.expired',
      subjectType: 'credential',
      subjectId: c.id,
      details: { by: 'credential-expiry-job', providerId: c.providerId, expiredOn, accreditations },
    })
    return true
  })
}

/**
 * The listing policy reads an accreditation's last valid day (a lapsed one is
 * a warning on every offer), so the clinic's stored verdicts are judged again
 * as of now. The review status is left alone: nothing the clinic wrote changed.
 */
async function judgeProviderOffersAgain(db: Db, providerId: string, now: Date): Promise<void> {
  const rows = await db.select().from(offer).where(eq(offer.providerId, providerId))
  for (const o of rows) {
    const decision = await decideOfferVerdict(db, offerInput(o), now)
    await db
      .update(offer)
      .set({ verdict: decision.verdict, verdictReasons: decision.reasons, verdictAt: now })
      .where(eq(offer.id, o.id))
  }
}
