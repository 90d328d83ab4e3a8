import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import { aCoordinator, type Person } from '#tests/fixtures/builders.ts'
import { aPlanAndQuote, anAcceptedCase, steadyAssessment } from '#tests/fixtures/treatment.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { quote, referral, treatmentPlan } from '../../db/schema/cases.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'

// A changed plan after arrival (issue 17, ADR 0069): a new price is a new
// quote the family accepts afresh with an audited signature, and sessions
// wait for it; the same price is recorded as a confirmed plan; the old quote
// stays readable as superseded; bad input saves nothing.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt, 'revision-coordinator')
})
afterAll(async () => {
  await rt?.cleanup()
})

const aSession = {
  date: '2026-12-11',
  procedure: 'Intrathecal infusion',
  route: 'intrathecal',
  dose: '2 ml',
  doctor: 'Dr A. Rao',
}

async function anAssessedCase() {
  const w = await anAcceptedCase(rt, theCoordinator)
  const assessed = await (await w.lotusClinic()).recordAssessment(steadyAssessment)
  if (!assessed.ok) throw new Error('assessment refused')
  w.emails.length = 0
  return w
}

const rowsOf = async (caseId: CaseId) => ({
  quotes: await rt.database.db.select().from(quote).where(eq(quote.caseId, caseId)),
  plans: await rt.database.db.select().from(treatmentPlan).where(eq(treatmentPlan.caseId, caseId)),
})

describe(`a changed plan after arrival on ${engineUnderTest}`, () => {
  test('a new price waits for the family: sessions are refused until they accept it with a signature, audited', async () => {
    const w = await anAssessedCase()
    const clinic = await w.lotusClinic()
    const first = (await clinic.quote())!
    const revised = await clinic.revisePlan(aPlanAndQuote('190000', '5'), 'en')
    expect(revised).toMatchObject({ ok: true, value: { kind: 'price-changed' } })
    if (!revised.ok) return
    expect(w.emails.filter((e) => e.template === 'plan-changed').map((e) => e.to)).toContain(w.son.email)

    expect(await clinic.recordSession(aSession)).toMatchObject({
      ok: false,
      error: { code: 'treatment.revision-pending' },
    })
    expect((await clinic.treatment())?.status).toBe('awaiting-acceptance')
    // A second change while one waits is refused.
    expect(await clinic.revisePlan(aPlanAndQuote('200000'), 'en')).toMatchObject({
      ok: false,
      error: { code: 'revision.pending' },
    })

    const family = await w.as(w.son, w.caseId, 'member')
    const waiting = await family.planRevisions()
    expect(waiting?.pending).toMatchObject({
      quoteId: revised.value.quoteId,
      acceptedAt: null,
      plan: { sessions: 5 },
    })
    // Still the accepted quote on the family's quotes page until they sign.
    expect((await family.quotes()).quotes.map((q) => q.quoteId)).toEqual([first.quoteId])

    // No signature, no box: refused on both fields, nothing changes.
    expect(await family.acceptRevisedQuote({ quoteId: revised.value.quoteId, signature: ' ' })).toEqual({
      ok: false,
      error: [
        { code: 'revision.signature-missing', field: 'signature' },
        { code: 'revision.confirm-missing', field: 'confirm' },
      ],
    })
    expect((await family.planRevisions())?.pending?.quoteId).toBe(revised.value.quoteId)

    expect(
      await family.acceptRevisedQuote({
        quoteId: revised.value.quoteId,
        signature: 'Karim Haddad',
        confirm: 'yes',
      }),
    ).toEqual({ ok: true, value: { quoteId: revised.value.quoteId } })
    expect(w.emails.filter((e) => e.template === 'plan-change-accepted').map((e) => e.to)).toContain(
      w.lotusDoctor.email,
    )
    expect(await clinic.recordSession(aSession)).toMatchObject({ ok: true })

    // The new quote is current; the old one is kept, readable, superseded.
    expect((await family.quotes()).quotes.map((q) => q.quoteId)).toEqual([revised.value.quoteId])
    const after = await family.planRevisions()
    expect(after?.pending).toBeNull()
    expect(after?.superseded).toMatchObject([
      { quoteId: first.quoteId, totals: first.totals, plan: { sessions: 4 }, supersededAt: expect.any(Date) },
    ])
    const stored = (await rowsOf(w.caseId)).quotes.find((q) => q.id === revised.value.quoteId)!
    expect(stored).toMatchObject({ acceptedByUserId: w.son.id, revisesQuoteId: first.quoteId })
    // The signature is sealed at rest and the audit names no one's name.
    expect(stored.sealedSignature).not.toContain('Karim')
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, w.caseId), eq(auditEvent.action, 'quote.revision-accepted')))
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({
      actorUserId: w.son.id,
      details: { quoteId: revised.value.quoteId, supersedes: first.quoteId, signed: true },
    })
    expect(JSON.stringify(audits[0])).not.toContain('Karim')
    // Signed once: the same change cannot be accepted twice.
    expect(
      await family.acceptRevisedQuote({
        quoteId: revised.value.quoteId,
        signature: 'Karim Haddad',
        confirm: 'yes',
      }),
    ).toEqual({ ok: false, error: { code: 'revision.not-found' } })
  })

  test('the same price is recorded as a confirmed plan at once, with no new acceptance', async () => {
    const w = await anAssessedCase()
    const clinic = await w.lotusClinic()
    const first = (await clinic.quote())!
    const confirmed = await clinic.revisePlan(aPlanAndQuote('150000', '3'), 'en')
    expect(confirmed).toMatchObject({ ok: true, value: { kind: 'confirmed' } })
    if (!confirmed.ok) return
    expect(w.emails.filter((e) => e.template === 'plan-changed')).toEqual([])
    expect(await clinic.recordSession(aSession)).toMatchObject({ ok: true })
    const current = (await clinic.quote())!
    expect(current).toMatchObject({ quoteId: confirmed.value.quoteId, plan: { sessions: 3 } })
    expect((await clinic.planRevisions())?.superseded.map((q) => q.quoteId)).toEqual([first.quoteId])
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, w.caseId), eq(auditEvent.action, 'treatment.plan-confirmed')))
    expect(audits[0]?.details).toMatchObject({ quoteId: confirmed.value.quoteId, priceChanged: false })
  })

  test('bad input, or a change before the assessment, saves nothing', async () => {
    const w = await anAcceptedCase(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const before = await rowsOf(w.caseId)
    const [referralBefore] = await rt.database.db.select().from(referral).where(eq(referral.caseId, w.caseId))
    expect(await clinic.revisePlan(aPlanAndQuote(), 'en')).toMatchObject({
      ok: false,
      error: { code: 'treatment.assessment-missing' },
    })
    await clinic.recordAssessment(steadyAssessment)
    w.emails.length = 0 // The arrival's own email (the case is in treatment), not the refused change's.
    const bad = aPlanAndQuote('-5')
    expect(await clinic.revisePlan({ ...bad, plan: { ...bad.plan, protocol: '' } }, 'en')).toMatchObject({
      ok: false,
      error: { code: 'plan.problems' },
    })
    expect(await rowsOf(w.caseId)).toEqual(before)
    const referralsAfter = await rt.database.db.select().from(referral).where(eq(referral.caseId, w.caseId))
    expect(referralsAfter.find((r) => r.id === referralBefore!.id)).toEqual(referralBefore)
    expect(w.emails).toEqual([])
  })

  test('another clinic cannot change the plan, and the family cannot accept a change that is not there', async () => {
    const w = await anAssessedCase()
    expect(await (await w.rheinClinic()).revisePlan(aPlanAndQuote('190000'), 'en')).toMatchObject({
      ok: false,
    })
    const family = await w.as(w.son, w.caseId, 'member')
    expect(
      await family.acceptRevisedQuote({
        quoteId: 'no-such-quote',
        signature: 'Karim Haddad',
        confirm: 'yes',
      }),
    ).toEqual({ ok: false, error: { code: 'revision.not-found' } })
    expect((await rowsOf(w.caseId)).quotes.filter((q) => q.revisesQuoteId)).toEqual([])
  })
})
