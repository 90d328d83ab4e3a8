import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import {
  aCoordinator,
  aPlanAndQuote,
  aRoutedCase,
  aWorld,
  evaluatedBy,
  lotus,
  planProposedBy,
  quoteAcceptedOf,
  rhein,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { patientCase, referral, referralEvent } from '../../db/schema/cases.ts'
import { renderEmail } from '../../mail/templates.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { expireLapsedQuotes } from './expire-quotes.ts'

// Quotes expire (issue 15, ADR 0060): a plan whose quote's last valid day has
// ended where the clinic is, not accepted, becomes expired through the
// scheduled job, acted by Waypoint itself (no user), audited as the system;
// the family and the clinic are told in their own languages; an expired
// quote cannot be accepted; an accepted one never expires.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt)
})
afterAll(async () => {
  await rt?.cleanup()
})

/** A case sent to Lotus (Kolkata, UTC+5:30) and Rheinufer, each with a plan whose price holds until 31 January 2027. */
async function twoQuotedReferrals() {
  const w = await aRoutedCase(rt, theCoordinator)
  // The family reads French, Lotus's doctor Arabic: each is told in their own language.
  await rt.database.db.update(user).set({ locale: 'fr' }).where(eq(user.id, w.son.id))
  await rt.database.db.update(user).set({ locale: 'ar' }).where(eq(user.id, w.lotusDoctor.id))
  for (const doctor of [w.lotusDoctor, w.rheinDoctor]) {
    await evaluatedBy(w, doctor)
    await planProposedBy(w, doctor, aPlanAndQuote({ quote: { validUntil: '2027-01-31' } }))
  }
  w.emails.length = 0
  return w
}

/** The job as the schedule runs it, at this instant. */
// Limited to this world's case: on the server, other files' quotes share the database.
const runJobAt = (w: ReturnType<typeof aWorld> & { caseId: CaseId }, iso: string) =>
  expireLapsedQuotes({ ...w.deps, clock: { now: () => new Date(iso) } }, [w.caseId])

async function statusesOf(caseId: CaseId) {
  const rows = await rt.database.db.select().from(referral).where(eq(referral.caseId, caseId))
  return Object.fromEntries(rows.map((r) => [r.providerId, r.status]))
}

describe(`quotes expiring on ${engineUnderTest}`, () => {
  test('a quote lapses when its last day ends in the clinic’s zone, by the system, and everyone is told', async () => {
    const w = await twoQuotedReferrals()
    // 23:59 on 31 January in Kolkata: still valid there (and in Germany).
    await runJobAt(w, '2027-01-31T18:29:00Z')
    expect(await statusesOf(w.caseId)).toEqual({ [lotus]: 'plan-proposed', [rhein]: 'plan-proposed' })
    expect(w.emails).toEqual([])

    // 00:01 on 1 February in Kolkata, still 31 January in Germany: only Lotus's quote lapses.
    await runJobAt(w, '2027-01-31T18:31:00Z')
    expect(await statusesOf(w.caseId)).toEqual({ [lotus]: 'expired', [rhein]: 'plan-proposed' })
    // The case stays where it was: the family can still accept Rheinufer's plan.
    const [c] = await rt.database.db
      .select({ stage: patientCase.stage, reference: patientCase.reference })
      .from(patientCase)
      .where(eq(patientCase.id, w.caseId))
    expect(c!.stage).toBe('plan-proposed')

    // Acted by no user: the timeline and the audit say the system did it, and which job.
    const events = await rt.database.db
      .select()
      .from(referralEvent)
      .where(and(eq(referralEvent.caseId, w.caseId), eq(referralEvent.type, 'referral.expired')))
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ actorUserId: null, actorRole: 'system', fromStatus: 'plan-proposed' })
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'referral.expired'), eq(auditEvent.subjectId, events[0]!.referralId)))
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({
      actorUserId: null,
      details: { by: 'system', actor: 'system', job: 'quote-expiry', to: 'expired' },
    })

    // The family in French, Lotus's doctor in Arabic, with the reference only.
    const family = w.emails.find((e) => e.to === w.son.email)
    expect(family).toMatchObject({ template: 'quote-expired', locale: 'fr' })
    const familyEmail = renderEmail(family!)
    expect(familyEmail.subject).toContain('n’est plus valable')
    expect(familyEmail.text).toContain(c!.reference)
    const clinic = w.emails.find((e) => e.to === w.lotusDoctor.email)
    expect(clinic).toMatchObject({ template: 'referral-update', locale: 'ar', params: { status: 'expired' } })
    expect(renderEmail(clinic!).subject).toContain('انتهت صلاحية')
    // Rheinufer's doctor hears nothing: their quote stands.
    expect(w.emails.some((e) => e.to === w.rheinDoctor.email)).toBe(false)

    // Run again the same hour or the next day: nothing more happens, nobody is told twice.
    w.emails.length = 0
    expect(await runJobAt(w, '2027-02-02T09:00:00Z')).toMatchObject({ expired: 1 })
    expect(await statusesOf(w.caseId)).toEqual({ [lotus]: 'expired', [rhein]: 'expired' })
    expect(w.emails.some((e) => e.to === w.lotusDoctor.email)).toBe(false)
  })

  test('an expired quote cannot be accepted, and a lapsed one is refused even before the job runs', async () => {
    const w = await twoQuotedReferrals()
    const later = aWorld(rt, new Date('2027-02-01T06:00:00Z'))
    const family = await later.as(w.son, w.caseId, 'member')
    const { quotes } = await family.quotes()
    const lotusQuote = quotes.find((q) => q.providerId === lotus)!
    const accept = () =>
      family.acceptQuote({
        referralId: lotusQuote.referralId,
        quoteId: lotusQuote.quoteId,
        seenVersion: lotusQuote.referralVersion,
      })
    expect(await accept()).toMatchObject({ ok: false, error: { code: 'referral.quote-expired' } })
    await runJobAt(w, '2027-02-01T06:00:00Z')
    expect(await accept()).toMatchObject({ ok: false })
    expect((await statusesOf(w.caseId))[lotus]).toBe('expired')
    const fresh = (await family.quotes()).quotes.find((q) => q.providerId === lotus)!
    expect(
      await family.acceptQuote({
        referralId: fresh.referralId,
        quoteId: fresh.quoteId,
        seenVersion: fresh.referralVersion,
      }),
    ).toEqual({ ok: false, error: { code: 'referral.final', status: 'expired' } })
  })

  test('an accepted quote never expires', async () => {
    const w = await twoQuotedReferrals()
    await quoteAcceptedOf(w, lotus)
    w.emails.length = 0
    await runJobAt(w, '2027-03-01T09:00:00Z')
    // Rheinufer's referral closed when the family accepted Lotus's: neither is touched.
    expect(await statusesOf(w.caseId)).toEqual({ [lotus]: 'accepted', [rhein]: 'closed' })
    expect(w.emails).toEqual([])
  })
})
