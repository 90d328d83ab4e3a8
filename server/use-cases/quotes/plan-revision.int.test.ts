import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import {
  aClinicMember,
  aCoordinator,
  anInvitedCaregiver,
  anAcceptedPlan,
  anArrivedPatient,
  aPlanAndQuote,
  aSession,
  lotus,
  steadyAssessment,
  type Person,
} from '#tests/fixtures/builders.ts'
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

/** The accepted plan sent again at this price, for this many sessions. */
const aRevision = (unitPrice = '150000', sessions = '4') =>
  aPlanAndQuote({
    plan: { sessions },
    quote: { lines: [{ category: 'procedure', description: 'Assessment', quantity: '1', unitPrice }] },
  })

const rowsOf = async (caseId: CaseId) => ({
  quotes: await rt.database.db.select().from(quote).where(eq(quote.caseId, caseId)),
  plans: await rt.database.db.select().from(treatmentPlan).where(eq(treatmentPlan.caseId, caseId)),
})

describe(`a changed plan after arrival on ${engineUnderTest}`, () => {
  test('a new price waits for the family: sessions are refused until they accept it with a signature, audited', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const first = (await clinic.quote())!
    const revised = await clinic.revisePlan(aRevision('190000', '5'), 'en')
    expect(revised).toMatchObject({ ok: true, value: { kind: 'price-changed' } })
    if (!revised.ok) return
    expect(w.emails.filter((e) => e.template === 'plan-changed').map((e) => e.to)).toContain(w.son.email)

    expect(await clinic.recordSession(aSession)).toMatchObject({
      ok: false,
      error: { code: 'treatment.revision-pending' },
    })
    expect((await clinic.treatment())?.status).toBe('awaiting-acceptance')
    // A second change while one waits is refused.
    expect(await clinic.revisePlan(aRevision('200000'), 'en')).toMatchObject({
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
    ).toEqual({ ok: false, error: { code: 'revision.already-accepted', field: 'form' } })
  })

  test('a changed price from a clinic the family stopped sharing with is not accepted until consent is given again', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const revised = await clinic.revisePlan(aRevision('190000', '5'), 'en')
    if (!revised.ok) throw new Error(JSON.stringify(revised.error))
    const family = await w.as(w.son, w.caseId, 'member')
    const providers = await family.providersToShareWith()
    expect(
      (await family.setShares(Object.fromEntries(providers.map((p) => [`share-${p.id}`, ['no']])))).ok,
    ).toBe(true)
    expect(
      await (
        await w.as(w.son, w.caseId, 'member')
      ).acceptRevisedQuote({
        quoteId: revised.value.quoteId,
        signature: 'Karim Haddad',
        confirm: 'yes',
      }),
    ).toEqual({ ok: false, error: { code: 'quote.consent-withdrawn' } })
    expect((await family.planRevisions())?.pending?.quoteId).toBe(revised.value.quoteId)
  })

  test('the same price is recorded as a confirmed plan at once, with no new acceptance; the family is told', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const first = (await clinic.quote())!
    const confirmed = await clinic.revisePlan(aRevision('150000', '3'), 'en')
    expect(confirmed).toMatchObject({ ok: true, value: { kind: 'confirmed' } })
    if (!confirmed.ok) return
    expect(w.emails.filter((e) => e.template === 'plan-changed')).toEqual([])
    // Nothing to sign, but a changed plan in force is the family's to know, and the coordinator's.
    const told = w.emails.filter((e) => e.template === 'plan-confirmed')
    expect(told.map((e) => e.to)).toContain(w.son.email)
    expect(told.some((e) => e.params.url.includes('/coordinator/cases/'))).toBe(true)
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
    const w = await anAcceptedPlan(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const before = await rowsOf(w.caseId)
    const [referralBefore] = await rt.database.db.select().from(referral).where(eq(referral.caseId, w.caseId))
    expect(await clinic.revisePlan(aRevision(), 'en')).toMatchObject({
      ok: false,
      error: { code: 'treatment.assessment-missing' },
    })
    await clinic.recordAssessment(steadyAssessment)
    w.emails.length = 0 // The arrival's own email (the case is in treatment), not the refused change's.
    const bad = aRevision('-5')
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
    const w = await anArrivedPatient(rt, theCoordinator)
    expect(await (await w.rheinClinic()).revisePlan(aRevision('190000'), 'en')).toMatchObject({
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

const longerStay = (unitPrice: string, days: string) => {
  const input = aRevision(unitPrice, '5')
  return { ...input, plan: { ...input.plan, lengthOfStayDays: days } }
}

const declineAudits = (caseId: CaseId) =>
  rt.database.db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.subjectId, caseId), eq(auditEvent.action, 'quote.revision-declined')))

describe(`the family declines a changed price on ${engineUnderTest}`, () => {
  test('the agreed plan stands, sessions go on under it, the clinic and the coordinator are told', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const first = (await clinic.quote())!
    const revised = await clinic.revisePlan(aRevision('190000', '5'), 'en')
    if (!revised.ok) throw new Error('revision refused')
    w.emails.length = 0
    const family = await w.as(w.son, w.caseId, 'member')

    expect(await family.declineRevisedQuote({ quoteId: revised.value.quoteId })).toEqual({
      ok: true,
      value: { quoteId: revised.value.quoteId },
    })

    // The first quote is still the agreed one, and sessions are no longer held back.
    expect((await family.quotes()).quotes.map((q) => q.quoteId)).toEqual([first.quoteId])
    expect((await clinic.treatment())?.status).toBe('ready')
    expect(await clinic.recordSession(aSession)).toMatchObject({ ok: true })
    // The change is kept, readable as declined, by the family and the clinic.
    for (const reader of [family, clinic]) {
      const seen = await reader.planRevisions()
      expect(seen).toMatchObject({ pending: null, latestDeclined: true, superseded: [] })
      expect(seen?.declined).toMatchObject([
        { quoteId: revised.value.quoteId, plan: { sessions: 5 }, declinedAt: expect.any(Date) },
      ])
    }
    const stored = (await rowsOf(w.caseId)).quotes.find((q) => q.id === revised.value.quoteId)!
    expect(stored).toMatchObject({ acceptedAt: null, supersededAt: null, declinedByUserId: w.son.id })

    expect(await declineAudits(w.caseId)).toMatchObject([
      { actorUserId: w.son.id, details: { quoteId: revised.value.quoteId, agreedQuoteId: first.quoteId } },
    ])
    const told = w.emails.filter((e) => e.template === 'plan-change-declined')
    expect(told.map((e) => e.to)).toEqual(expect.arrayContaining([w.lotusDoctor.email, theCoordinator.email]))
    expect(told.map((e) => e.to)).not.toContain(w.son.email)
    // Reference and link only: nothing about the plan or the price.
    expect(told[0]?.params).toEqual({
      reference: expect.any(String),
      url: expect.any(String),
      name: expect.any(String),
    })

    // The clinic may send another change; it waits for the family again.
    const again = await clinic.revisePlan(aRevision('170000', '5'), 'en')
    expect(again).toMatchObject({ ok: true, value: { kind: 'price-changed' } })
    expect(await family.planRevisions()).toMatchObject({
      latestDeclined: false,
      pending: { plan: { sessions: 5 } },
    })
  })

  test('a caregiver helping the family cannot sign or decline a changed price', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const revised = await (await w.lotusClinic()).revisePlan(aRevision('190000'), 'en')
    if (!revised.ok) throw new Error('revision refused')
    const helper = await anInvitedCaregiver(rt, w.son, w.caseId)
    const caregiver = await w.as(helper, w.caseId, 'member')
    const refused = { ok: false, error: { code: 'revision.patient-side-only', field: 'form' } }
    expect(
      await caregiver.acceptRevisedQuote({
        quoteId: revised.value.quoteId,
        signature: 'Rana Haddad',
        confirm: 'yes',
      }),
    ).toEqual(refused)
    expect(await caregiver.declineRevisedQuote({ quoteId: revised.value.quoteId })).toEqual(refused)
    // Still waiting for the patient's side.
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.declineRevisedQuote({ quoteId: revised.value.quoteId })).ok).toBe(true)
  })

  test('a second decline (a double submit) is refused plainly, and so is signing a declined change', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const revised = await (await w.lotusClinic()).revisePlan(aRevision('190000'), 'en')
    if (!revised.ok) throw new Error('revision refused')
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.declineRevisedQuote({ quoteId: revised.value.quoteId })).ok).toBe(true)
    w.emails.length = 0

    expect(await family.declineRevisedQuote({ quoteId: revised.value.quoteId })).toEqual({
      ok: false,
      error: { code: 'revision.already-declined', field: 'form' },
    })
    expect(
      await family.acceptRevisedQuote({
        quoteId: revised.value.quoteId,
        signature: 'Karim Haddad',
        confirm: 'yes',
      }),
    ).toEqual({ ok: false, error: { code: 'revision.already-declined', field: 'form' } })
    expect(await declineAudits(w.caseId)).toHaveLength(1)
    expect(w.emails).toEqual([])
  })

  test('a change the family already accepted cannot be declined, and nothing moves', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const revised = await (await w.lotusClinic()).revisePlan(aRevision('190000'), 'en')
    if (!revised.ok) throw new Error('revision refused')
    const family = await w.as(w.son, w.caseId, 'member')
    const signed = await family.acceptRevisedQuote({
      quoteId: revised.value.quoteId,
      signature: 'Karim Haddad',
      confirm: 'yes',
    })
    expect(signed.ok).toBe(true)
    const before = await rowsOf(w.caseId)

    expect(await family.declineRevisedQuote({ quoteId: revised.value.quoteId })).toEqual({
      ok: false,
      error: { code: 'revision.already-accepted', field: 'form' },
    })
    expect(await rowsOf(w.caseId)).toEqual(before)
    expect((await family.quotes()).quotes.map((q) => q.quoteId)).toEqual([revised.value.quoteId])
    expect(await declineAudits(w.caseId)).toEqual([])
    // A quote that is no change at all, or another case's, is not found.
    const [agreed] = before.quotes.filter((q) => !q.revisesQuoteId)
    expect(await family.declineRevisedQuote({ quoteId: agreed!.id })).toEqual({
      ok: false,
      error: { code: 'revision.not-found' },
    })
  })
})

const withdrawAudits = (caseId: CaseId) =>
  rt.database.db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.subjectId, caseId), eq(auditEvent.action, 'quote.revision-withdrawn')))

describe(`the clinic withdraws a changed plan on ${engineUnderTest}`, () => {
  test('the agreed plan stands, sessions go on, the family and the coordinator are told, and a new change may follow', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const first = (await clinic.quote())!
    const revised = await clinic.revisePlan(aRevision('190000', '5'), 'en')
    if (!revised.ok) throw new Error('revision refused')
    w.emails.length = 0

    expect(await clinic.withdrawRevisedQuote({ quoteId: revised.value.quoteId })).toEqual({
      ok: true,
      value: { quoteId: revised.value.quoteId },
    })

    // Sessions are no longer held back, and the first quote is still the agreed one.
    expect((await clinic.treatment())?.status).toBe('ready')
    expect(await clinic.recordSession(aSession)).toMatchObject({ ok: true })
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.quotes()).quotes.map((q) => q.quoteId)).toEqual([first.quoteId])
    // Kept, readable as withdrawn, by the family and the clinic.
    for (const reader of [family, clinic]) {
      const seen = await reader.planRevisions()
      expect(seen).toMatchObject({
        pending: null,
        latestWithdrawn: true,
        latestDeclined: false,
        declined: [],
      })
      expect(seen?.withdrawn).toMatchObject([
        { quoteId: revised.value.quoteId, plan: { sessions: 5 }, withdrawnAt: expect.any(Date) },
      ])
    }
    const stored = (await rowsOf(w.caseId)).quotes.find((q) => q.id === revised.value.quoteId)!
    expect(stored).toMatchObject({
      acceptedAt: null,
      declinedAt: null,
      supersededAt: null,
      withdrawnByUserId: w.lotusDoctor.id,
    })
    expect(await withdrawAudits(w.caseId)).toMatchObject([
      {
        actorUserId: w.lotusDoctor.id,
        details: { quoteId: revised.value.quoteId, agreedQuoteId: first.quoteId },
      },
    ])
    const told = w.emails.filter((e) => e.template === 'plan-change-withdrawn')
    expect(told.map((e) => e.to)).toEqual(expect.arrayContaining([w.son.email, theCoordinator.email]))
    expect(told.map((e) => e.to)).not.toContain(w.lotusDoctor.email)
    // Reference and link only: nothing about the plan or the price.
    expect(told[0]?.params).toEqual({
      reference: expect.any(String),
      url: expect.any(String),
      name: expect.any(String),
    })

    // The family can no longer sign it, nor decline it: it is plainly withdrawn.
    expect(
      await family.acceptRevisedQuote({
        quoteId: revised.value.quoteId,
        signature: 'Karim Haddad',
        confirm: 'yes',
      }),
    ).toEqual({ ok: false, error: { code: 'revision.withdrawn', field: 'form' } })
    expect(await family.declineRevisedQuote({ quoteId: revised.value.quoteId })).toEqual({
      ok: false,
      error: { code: 'revision.withdrawn', field: 'form' },
    })

    // The clinic may send another change; it waits for the family again.
    expect(await clinic.revisePlan(aRevision('170000', '5'), 'en')).toMatchObject({
      ok: true,
      value: { kind: 'price-changed' },
    })
    expect(await family.planRevisions()).toMatchObject({
      latestWithdrawn: false,
      pending: { plan: { sessions: 5 } },
    })
  })

  test('a second withdrawal (a double submit) is refused plainly, and nothing moves', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const revised = await clinic.revisePlan(aRevision('190000'), 'en')
    if (!revised.ok) throw new Error('revision refused')
    expect((await clinic.withdrawRevisedQuote({ quoteId: revised.value.quoteId })).ok).toBe(true)
    w.emails.length = 0
    const before = await rowsOf(w.caseId)

    expect(await clinic.withdrawRevisedQuote({ quoteId: revised.value.quoteId })).toEqual({
      ok: false,
      error: { code: 'revision.already-withdrawn', field: 'form' },
    })
    expect(await rowsOf(w.caseId)).toEqual(before)
    expect(await withdrawAudits(w.caseId)).toHaveLength(1)
    expect(w.emails).toEqual([])
  })

  test("an answered change cannot be withdrawn, nor another clinic's, nor a quote that is no change", async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const revised = await clinic.revisePlan(aRevision('190000'), 'en')
    if (!revised.ok) throw new Error('revision refused')
    // At Lotus, only a treating doctor, who may sign a plan, may take a change back.
    const desk = await aClinicMember(rt, lotus, 'withdraw-desk', 'international-desk')
    expect(
      await (await w.as(desk, w.caseId, 'clinic')).withdrawRevisedQuote({ quoteId: revised.value.quoteId }),
    ).toEqual({
      ok: false,
      error: { code: 'revision.doctor-only', field: 'form' },
    })
    // Rheinufer, whose referral closed when the family chose Lotus, cannot reach Lotus's change.
    const rhein = await w.rheinClinic()
    expect(await rhein.withdrawRevisedQuote({ quoteId: revised.value.quoteId })).toEqual({
      ok: false,
      error: { code: 'revision.not-found' },
    })
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.declineRevisedQuote({ quoteId: revised.value.quoteId })).ok).toBe(true)
    const before = await rowsOf(w.caseId)

    expect(await clinic.withdrawRevisedQuote({ quoteId: revised.value.quoteId })).toEqual({
      ok: false,
      error: { code: 'revision.already-declined', field: 'form' },
    })
    const [agreed] = before.quotes.filter((q) => !q.revisesQuoteId)
    expect(await clinic.withdrawRevisedQuote({ quoteId: agreed!.id })).toEqual({
      ok: false,
      error: { code: 'revision.not-found' },
    })
    expect(await rowsOf(w.caseId)).toEqual(before)

    // A change the family signed is the agreed plan: there is nothing to take back.
    const again = await clinic.revisePlan(aRevision('170000'), 'en')
    if (!again.ok) throw new Error('revision refused')
    const signed = await family.acceptRevisedQuote({
      quoteId: again.value.quoteId,
      signature: 'Karim Haddad',
      confirm: 'yes',
    })
    expect(signed.ok).toBe(true)
    expect(await clinic.withdrawRevisedQuote({ quoteId: again.value.quoteId })).toEqual({
      ok: false,
      error: { code: 'revision.already-accepted', field: 'form' },
    })
    expect(await withdrawAudits(w.caseId)).toEqual([])
  })
})

describe(`a changed plan in the referral's history on ${engineUnderTest}`, () => {
  test("each step is on the accepted referral's timeline, with who and in what role; its status stays accepted", async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const family = await w.as(w.son, w.caseId, 'member')
    const sent = async (price: string) => {
      // A minute between steps, as between real clicks: the history is in time order.
      w.clock.advance(60_000)
      const revised = await clinic.revisePlan(aRevision(price), 'en')
      if (!revised.ok) throw new Error('revision refused')
      return revised.value.quoteId
    }
    const later = () => w.clock.advance(60_000)
    const first = await sent('190000')
    later()
    await clinic.withdrawRevisedQuote({ quoteId: first })
    const second = await sent('180000')
    later()
    await family.declineRevisedQuote({ quoteId: second })
    const third = await sent('170000')
    later()
    const signed = await family.acceptRevisedQuote({
      quoteId: third,
      signature: 'Karim Haddad',
      confirm: 'yes',
    })
    expect(signed.ok).toBe(true)
    await sent('170000') // the same price again: a confirmed plan

    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    const lotusReferral = (await coordinator.referrals()).find((r) => r.status === 'accepted')!
    const steps = lotusReferral.events
      .filter((e) => e.type.startsWith('referral.plan-revis'))
      .map((e) => ({
        type: e.type,
        reason: e.reason,
        actorName: e.actorName,
        actorRole: e.actorRole,
        to: e.to,
      }))
    const doctor = { actorName: w.lotusDoctor.name, actorRole: 'treating-doctor', to: 'accepted' }
    // The son acts for his mother: his steps are named as her representative's.
    const son = { actorName: w.son.name, actorRole: 'representative', to: 'accepted' }
    expect(steps).toEqual([
      { type: 'referral.plan-revised', reason: 'price-changed', ...doctor },
      { type: 'referral.plan-revision-withdrawn', reason: null, ...doctor },
      { type: 'referral.plan-revised', reason: 'price-changed', ...doctor },
      { type: 'referral.plan-revision-declined', reason: null, ...son },
      { type: 'referral.plan-revised', reason: 'price-changed', ...doctor },
      { type: 'referral.plan-revision-accepted', reason: null, ...son },
      { type: 'referral.plan-revised', reason: 'confirmed', ...doctor },
    ])
    // The clinic reads its own referral's history, without the family's names.
    const seenByClinic = (await clinic.referral())!.events.filter((e) =>
      e.type.startsWith('referral.plan-revis'),
    )
    expect(seenByClinic).toHaveLength(7)
    expect(seenByClinic.filter((e) => e.actorRole === 'representative').map((e) => e.actorName)).toEqual([
      null,
      null,
    ])
  })
})

describe(`a changed plan checked against the visa on ${engineUnderTest}`, () => {
  test('a longer stay than the e-Medical visa is shown to the clinic and the family, and the coordinator is told', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const revised = await clinic.revisePlan(longerStay('190000', '75'), 'en')
    expect(revised).toMatchObject({
      ok: true,
      value: {
        kind: 'price-changed',
        visa: { visaName: 'e-Medical visa', validityDays: 60, lengthOfStayDays: 75, extendable: false },
      },
    })
    if (!revised.ok) return
    const warned = w.emails.filter((e) => e.template === 'plan-change-outlasts-visa').map((e) => e.to)
    expect(warned).toContain(theCoordinator.email)
    expect(warned).not.toContain(w.son.email)
    expect(warned).not.toContain(w.lotusDoctor.email)
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.planRevisions())?.visa).toMatchObject({ lengthOfStayDays: 75, validityDays: 60 })
    expect((await clinic.planRevisions())?.visa).toMatchObject({ lengthOfStayDays: 75 })
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, w.caseId), eq(auditEvent.action, 'treatment.plan-changed')))
    expect(audits[0]?.details).toMatchObject({ outlastsVisa: true })

    // Once accepted, the itinerary's visa warning follows the plan now in force.
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect((await coordinator.trip())?.visa).toMatchObject({ outlasts: false })
    await family.acceptRevisedQuote({
      quoteId: revised.value.quoteId,
      signature: 'Karim Haddad',
      confirm: 'yes',
    })
    const trip = await coordinator.trip()
    expect(trip).toMatchObject({ lengthOfStayDays: 75, visa: { outlasts: true } })
  })

  test('a changed plan that still fits the visa carries no warning', async () => {
    const w = await anArrivedPatient(rt, theCoordinator)
    const clinic = await w.lotusClinic()
    const revised = await clinic.revisePlan(longerStay('150000', '60'), 'en')
    expect(revised).toMatchObject({ ok: true, value: { kind: 'confirmed', visa: null } })
    expect(w.emails.filter((e) => e.template === 'plan-change-outlasts-visa')).toEqual([])
    expect((await clinic.planRevisions())?.visa).toBeNull()
  })
})
