import { PDFDocument } from 'pdf-lib'
import { pageText } from '#tests/support/pdf-text.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { PlanAndQuoteInput } from './propose-plan.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import {
  aClinicMember,
  aCoordinator,
  anInvitedCaregiver,
  aRoutedCase,
  aWorld,
  evaluatedBy,
  lotus,
  rhein,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { caseOffer, patientCase, quote, referral, treatmentPlan } from '../../db/schema/cases.ts'
import { offer } from '../../db/schema/catalogue.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { renderEmail } from '../../mail/templates.ts'

// Plans and quotes (issue 15): a treating doctor sends a plan and its
// itemised quote in one transaction, refused field by field with nothing
// saved; the family compares and accepts one, which closes the other
// referrals, freezes the quote and moves the case; two tabs accepting two
// quotes at once end with exactly one acceptance.
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

/** A case sent to Lotus and Rheinufer, each clinic evaluating it, with a doctor at each and Lotus's desk. */
async function anEvaluatedCase() {
  const w = await aRoutedCase(rt, theCoordinator)
  const lotusDesk = await aClinicMember(rt, lotus, 'lotus-desk', 'international-desk')
  for (const doctor of [w.lotusDoctor, w.rheinDoctor]) await evaluatedBy(w, doctor)
  w.emails.length = 0
  return { ...w, lotusDesk }
}

const aPlanAndQuote = (change: Partial<PlanAndQuoteInput['quote']> = {}): PlanAndQuoteInput => ({
  plan: {
    protocol: 'Five days of multidisciplinary assessment, then respiratory physiotherapy.',
    schedule: 'Days 1–5 assessment; days 6–9 physiotherapy.',
    sessions: '4',
    lengthOfStayDays: '10',
    pretreatmentTests: 'Spirometry on arrival.',
    aftercare: 'A written care plan for the home neurologist; a video review at 3 months.',
  },
  quote: {
    currency: 'INR',
    validUntil: '2027-01-31',
    lines: [
      {
        category: 'procedure',
        description: 'Multidisciplinary assessment',
        quantity: '1',
        unitPrice: '150000',
      },
      { category: 'sessions', description: 'Respiratory physiotherapy', quantity: '4', unitPrice: '6000.50' },
      { category: 'hospital-stay', description: 'Ward bed', quantity: '10', unitPrice: '12000' },
    ],
    inclusions: ['Airport pick-up', 'Interpreter'],
    exclusions: ['Flights'],
    ...change,
  },
})

async function rowsOf(caseId: CaseId) {
  const db = rt.database.db
  return {
    referrals: await db.select().from(referral).where(eq(referral.caseId, caseId)),
    quotes: await db.select().from(quote).where(eq(quote.caseId, caseId)),
    plans: await db.select().from(treatmentPlan).where(eq(treatmentPlan.caseId, caseId)),
    stage: (await db.select({ s: patientCase.stage }).from(patientCase).where(eq(patientCase.id, caseId)))[0]!
      .s,
  }
}

describe(`a clinic sending a plan and quote on ${engineUnderTest}`, () => {
  test('the doctor’s plan and quote are saved sealed, the case is plan proposed, the family told without content', async () => {
    const w = await anEvaluatedCase()
    const doctor = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    const version = (await doctor.referral())!.version
    expect(await doctor.proposePlan(aPlanAndQuote(), 'en', version)).toEqual({
      ok: true,
      value: { status: 'plan-proposed', version: version + 1 },
    })
    const rows = await rowsOf(w.caseId)
    expect(rows.stage).toBe('plan-proposed')
    expect(rows.quotes).toHaveLength(1)
    expect(rows.plans).toHaveLength(1)
    const [q] = rows.quotes
    expect(q).toMatchObject({
      currency: 'INR',
      validUntil: '2027-01-31',
      timeZone: 'Asia/Kolkata',
      acceptedAt: null,
    })
    // 150000 + 4 × 6000.50 + 10 × 12000 = 294002 rupees; Waypoint's 8% on top.
    expect(q!.overallMinor).toBe(Math.round(29_400_200 * 1.08))
    expect(q!.sealedBody).not.toContain('physiotherapy')
    expect(rows.plans[0]!.sealedBody).not.toContain('physiotherapy')
    expect(rows.plans[0]).toMatchObject({
      registrationNumber: 'REG-lotus-doctor',
      sessions: 4,
      lengthOfStayDays: 10,
    })
    expect(rows.referrals.find((r) => r.providerId === lotus)?.quoteId).toBe(q!.id)
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(
        and(eq(auditEvent.action, 'referral.plan-proposed'), eq(auditEvent.actorUserId, w.lotusDoctor.id)),
      )
    expect(audits[0]!.details).toMatchObject({ caseId: w.caseId, quoteId: q!.id, to: 'plan-proposed' })
    // The first plan moves the case to "plan proposed": the family gets that one email, not a second one saying there is news.
    const toSon = w.emails.filter((e) => e.to === w.son.email)
    expect(toSon.map((e) => [e.template, e.params.stage])).toEqual([['case-stage-changed', 'plan-proposed']])
    expect(JSON.stringify(w.emails)).not.toMatch(/physiotherapy|150000/)

    const family = await (await w.as(w.son, w.caseId, 'member')).quotes()
    expect(family.quotes).toHaveLength(1)
    expect(family.quotes[0]!.plan.doctor).toEqual({
      name: 'lotus-doctor person',
      registrationNumber: 'REG-lotus-doctor',
      registrationCouncil: 'Test Medical Council',
    })
    expect(family.quotes[0]!.lines.at(-1)).toMatchObject({ category: 'waypoint-fee' })
    expect(family.rates['INR']).toMatchObject({ perUsd: 84.1 })
    expect((await doctor.quote())?.quoteId).toBe(q!.id)
    // Another clinic sees its own quote only: none yet.
    expect(await (await w.as(w.rheinDoctor, w.caseId, 'clinic')).quote()).toBeNull()
  })

  test.each([
    [
      'a negative quantity',
      { lines: [{ category: 'sessions', description: 'Physio', quantity: '-2', unitPrice: '10' }] },
      'quote.quantity-not-positive',
      'lines.0.quantity',
    ],
    [
      'half a session',
      { lines: [{ category: 'sessions', description: 'Physio', quantity: '1.5', unitPrice: '10' }] },
      'quote.quantity-not-whole',
      'lines.0.quantity',
    ],
    [
      'yen with decimals',
      {
        currency: 'JPY',
        lines: [{ category: 'procedure', description: 'Assessment', quantity: '1', unitPrice: '1500.5' }],
      },
      'money.too-many-decimals',
      'lines.0.unitPrice',
    ],
    [
      'dinars with four decimals',
      {
        currency: 'KWD',
        lines: [{ category: 'procedure', description: 'Assessment', quantity: '1', unitPrice: '1.2345' }],
      },
      'money.too-many-decimals',
      'lines.0.unitPrice',
    ],
    ['a validity in the past', { validUntil: '2026-12-01' }, 'quote.validity-past', 'validUntil'],
    ['an unknown currency', { currency: 'XYZ' }, 'money.unknown-currency', 'currency'],
    [
      '101 lines',
      {
        lines: Array.from({ length: 101 }, () => ({
          category: 'sessions',
          description: 'x',
          quantity: '1',
          unitPrice: '1',
        })),
      },
      'quote.too-many-lines',
      'lines',
    ],
  ])('%s is refused on its field, and nothing is saved', async (_, change, code, field) => {
    const w = await anEvaluatedCase()
    const doctor = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    const refused = await doctor.proposePlan(aPlanAndQuote(change), 'en')
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error.code).toBe('plan.problems')
    const problems = !refused.ok && refused.error.code === 'plan.problems' ? refused.error.problems : []
    expect(problems).toContainEqual(expect.objectContaining({ code, field }))
    const rows = await rowsOf(w.caseId)
    expect(rows.quotes).toEqual([])
    expect(rows.plans).toEqual([])
    expect(rows.referrals.find((r) => r.providerId === lotus)?.status).toBe('evaluating')
    expect(rows.stage).toBe('under-evaluation')
  })

  test('care ten times the listed price waits for the doctor to confirm it; confirmed, it goes with its warning', async () => {
    const w = await anEvaluatedCase()
    const doctor = await w.as(w.rheinDoctor, w.caseId, 'clinic')
    // Rhein lists its second opinion at €900 to €1,600: €16,000 is a slipped digit, or a plan to check.
    const input = aPlanAndQuote({
      currency: 'EUR',
      lines: [{ category: 'procedure', description: 'Assessment', quantity: '1', unitPrice: '16000' }],
    })
    expect(await doctor.proposePlan(input, 'en')).toEqual({
      ok: false,
      error: {
        code: 'plan.problems',
        problems: [{ code: 'quote.confirm-far-above-listed-price', field: 'confirmPrice' }],
      },
    })
    expect((await rowsOf(w.caseId)).quotes).toEqual([])
    expect((await doctor.proposePlan({ ...input, confirmedPrice: true }, 'en')).ok).toBe(true)
    const [sent] = (await rowsOf(w.caseId)).quotes
    expect(sent?.warnings).toContain('quote.above-listed-price')
  })

  test('a claim the policy blocks is refused on its field; only a registered treating doctor signs', async () => {
    const w = await anEvaluatedCase()
    const doctor = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    const input = aPlanAndQuote()
    const claim = await doctor.proposePlan(
      { ...input, plan: { ...input.plan, aftercare: 'Most patients are cured.' } },
      'en',
    )
    expect(claim).toEqual({
      ok: false,
      error: {
        code: 'plan.problems',
        problems: [{ code: 'quote.red-flag-claim', claim: 'claim.cure', field: 'aftercare' }],
      },
    })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    expect(await desk.proposePlan(input, 'en')).toEqual({
      ok: false,
      error: { code: 'referral.not-allowed', role: 'international-desk', command: 'propose-plan' },
    })
    const unregistered = await aClinicMember(rt, lotus, 'new-doctor', 'treating-doctor', null)
    const refused = await (await w.as(unregistered, w.caseId, 'clinic')).proposePlan(input, 'en')
    expect(refused).toMatchObject({
      ok: false,
      error: { problems: [{ code: 'plan.doctor-unregistered', field: 'doctor' }] },
    })
    expect((await rowsOf(w.caseId)).quotes).toEqual([])
  })

  test('nothing is quoted for a blocked offer, and an investigational product is not charged for', async () => {
    const w = await anEvaluatedCase()
    // This case's Lotus choice becomes a copy of the offer that the test owns, judged as each test needs:
    // not public, so nothing else reading the catalogue meets it.
    const [original] = await rt.database.db.select().from(offer).where(eq(offer.id, 'offer-lotus-mdt'))
    const copyId = `offer-quote-test-${w.caseId}`
    await rt.database.db.insert(offer).values({ ...original!, id: copyId, verdict: 'blocked' })
    try {
      await rt.database.db
        .update(caseOffer)
        .set({ offerId: copyId })
        .where(and(eq(caseOffer.caseId, w.caseId), eq(caseOffer.offerId, 'offer-lotus-mdt')))
      const doctor = await w.as(w.lotusDoctor, w.caseId, 'clinic')
      expect(await doctor.proposePlan(aPlanAndQuote(), 'en')).toEqual({
        ok: false,
        error: { code: 'plan.problems', problems: [{ code: 'quote.offer-blocked', field: 'form' }] },
      })
      await rt.database.db
        .update(offer)
        .set({ verdict: 'needs-documents', pathway: 'registered-trial' })
        .where(eq(offer.id, copyId))
      expect(await doctor.proposePlan(aPlanAndQuote(), 'en')).toEqual({
        ok: false,
        error: {
          code: 'plan.problems',
          problems: [{ code: 'quote.investigational-charge', line: 0, field: 'lines.0.unitPrice' }],
        },
      })
      expect((await rowsOf(w.caseId)).quotes).toEqual([])
      // Free product, paid stay: sent, with the warning the family will read.
      const input = aPlanAndQuote()
      const free = { ...input.quote.lines[0]!, unitPrice: '0' }
      const sent = await doctor.proposePlan(
        { ...input, quote: { ...input.quote, lines: [free, ...input.quote.lines.slice(1)] } },
        'en',
      )
      expect(sent).toMatchObject({ ok: true })
      expect((await rowsOf(w.caseId)).quotes[0]!.warnings).toEqual(['evidence.investigational'])
      // Listed as costing nothing to take part, yet the stay is charged: the family is told to ask.
      await rt.database.db
        .update(offer)
        .set({ priceMinMinor: null, priceMaxMinor: null, currency: null })
        .where(eq(offer.id, copyId))
      const revised = await doctor.proposePlan(
        { ...input, quote: { ...input.quote, lines: [free, ...input.quote.lines.slice(1)] } },
        'en',
        (await doctor.referral())!.version,
      )
      expect(revised).toMatchObject({ ok: true })
      const latest = (await rowsOf(w.caseId)).quotes.at(-1)!
      expect(latest.warnings).toEqual(['evidence.investigational', 'quote.listed-without-charge'])
    } finally {
      await rt.database.db.delete(offer).where(eq(offer.id, copyId))
    }
  })

  test('a plan giving stem cells cannot charge for them, though the family also chose a standard offer there', async () => {
    const w = await anEvaluatedCase()
    const [original] = await rt.database.db.select().from(offer).where(eq(offer.id, 'offer-lotus-mdt'))
    const trialId = `offer-cell-trial-${w.caseId}`
    await rt.database.db
      .insert(offer)
      .values({ ...original!, id: trialId, pathway: 'registered-trial', verdict: 'listable-with-warnings' })
    try {
      // The family chose Lotus's standard care and, beside it, Lotus's registered trial.
      await rt.database.db.insert(caseOffer).values({ caseId: w.caseId, offerId: trialId, position: 9 })
      const doctor = await w.as(w.lotusDoctor, w.caseId, 'clinic')
      const input = aPlanAndQuote()
      const cells = {
        ...input,
        plan: {
          ...input.plan,
          protocol: 'Intrathecal autologous mesenchymal stem cell injections, two sessions.',
        },
      }
      const refused = await doctor.proposePlan(cells, 'en')
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'plan.problems',
          problems: [{ code: 'quote.investigational-charge', line: 0, field: 'lines.0.unitPrice' }],
        },
      })
      expect((await rowsOf(w.caseId)).quotes).toEqual([])
    } finally {
      await rt.database.db.delete(offer).where(eq(offer.id, trialId))
    }
  })

  test('a double submit sends one quote: the second is refused as changed', async () => {
    const w = await anEvaluatedCase()
    const doctor = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    const version = (await doctor.referral())!.version
    const results = await Promise.all([
      doctor.proposePlan(aPlanAndQuote(), 'en', version),
      doctor.proposePlan(aPlanAndQuote(), 'en', version),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: { code: 'referral.changed' } })
    expect((await rowsOf(w.caseId)).quotes).toHaveLength(1)
  })
})

describe(`the family accepting a quote on ${engineUnderTest}`, () => {
  async function twoQuotes() {
    const w = await anEvaluatedCase()
    await (await w.as(w.lotusDoctor, w.caseId, 'clinic')).proposePlan(aPlanAndQuote(), 'en')
    w.emails.length = 0
    await (
      await w.as(w.rheinDoctor, w.caseId, 'clinic')
    ).proposePlan(
      aPlanAndQuote({
        currency: 'EUR',
        lines: [{ category: 'procedure', description: 'Assessment', quantity: '1', unitPrice: '4200' }],
        inclusions: ['Airport pick-up'],
      }),
      'en',
    )
    // The second plan leaves the case where it was: the family hears there is news from a clinic.
    expect(w.emails.filter((e) => e.to === w.son.email).map((e) => e.template)).toEqual(['referral-news'])
    w.emails.length = 0
    const family = await w.as(w.son, w.caseId, 'member')
    const { quotes } = await family.quotes()
    const of = (providerId: string) => quotes.find((q) => q.providerId === providerId)!
    return { ...w, family, lotusQuote: of(lotus), rheinQuote: of(rhein) }
  }

  test('the family downloads each quote as a PDF with every line and total; another case finds nothing', async () => {
    const w = await twoQuotes()
    const done = await w.family.quotePdf(w.lotusQuote.quoteId, 'en')
    expect(done?.clinicName).toBe(w.lotusQuote.providerName)
    // Each clinic's quote downloads under its own name.
    const rheinPdf = await w.family.quotePdf(w.rheinQuote.quoteId, 'en')
    expect(done?.fileName).toMatch(/^waypoint-WP-[A-Z0-9]+-lotus-[a-z0-9-]+\.pdf$/)
    expect(rheinPdf?.fileName).not.toBe(done?.fileName)
    const text = (await PDFDocument.load(done!.pdf)).getPages().map(pageText).join('\n')
    for (const line of w.lotusQuote.lines) expect(text).toContain(formatQuoteMoney('en', line.total))
    expect(text).toContain('Multidisciplinary assessment')
    expect(text).toContain(`Total to pay${formatQuoteMoney('en', w.lotusQuote.totals.overall)}`)
    expect(text).toContain('31 January 2027')
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'quote.exported'), eq(auditEvent.subjectId, w.caseId)))
    expect(audits).toHaveLength(2) // each download, Rheinufer's included
    // Another family's case holds no such quote.
    const other = await anEvaluatedCase()
    expect(
      await (await w.as(other.son, other.caseId, 'member')).quotePdf(w.lotusQuote.quoteId, 'en'),
    ).toBeNull()
  })

  test('the coordinator reads each plan and quote summary with where it stands, lapsed ones as expired', async () => {
    const w = await twoQuotes()
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    const byClinic = async (c: typeof coordinator) =>
      Object.fromEntries((await c.plans()).map((p) => [p.providerName, p]))
    const plans = await byClinic(coordinator)
    expect(plans[w.lotusQuote.providerName]).toMatchObject({
      referralId: w.lotusQuote.referralId,
      standing: 'sent',
      total: w.lotusQuote.totals.overall,
      validUntil: '2027-01-31',
      plan: { sessions: 4, lengthOfStayDays: 10, doctor: { name: expect.any(String) } },
    })
    expect(plans[w.rheinQuote.providerName]).toMatchObject({
      standing: 'sent',
      total: { currency: 'EUR', minor: w.rheinQuote.totals.overall.minor },
    })
    // The family turns Rheinufer's down: the coordinator's screen says so.
    await w.family.declinePlan(rhein as never, w.rheinQuote.referralVersion)
    expect((await byClinic(coordinator))[w.rheinQuote.providerName]!.standing).toBe('declined')
    // The day after Lotus's last valid day in Kolkata, its quote reads as expired.
    const later = aWorld(rt, new Date('2027-02-01T12:00:00Z'))
    const lapsed = await byClinic(await later.as(theCoordinator, w.caseId, 'coordinator'))
    expect(lapsed[w.lotusQuote.providerName]!.standing).toBe('expired')
  })

  test('turning one plan down tells that clinic and leaves the other open; a stale page is refused', async () => {
    const w = await twoQuotes()
    const q = w.lotusQuote
    expect(await w.family.declinePlan(lotus as never, q.referralVersion - 1)).toEqual({
      ok: false,
      error: { code: 'referral.changed' },
    })
    expect(await w.family.declinePlan(lotus as never, q.referralVersion)).toEqual({
      ok: true,
      value: { status: 'declined-by-patient', version: q.referralVersion + 1 },
    })
    const rows = await rowsOf(w.caseId)
    expect(Object.fromEntries(rows.referrals.map((r) => [r.providerId, r.status]))).toEqual({
      [lotus]: 'declined-by-patient',
      [rhein]: 'plan-proposed',
    })
    expect(w.emails.map((e) => [e.template, e.to, e.params.status])).toContainEqual([
      'referral-update',
      w.lotusDoctor.email,
      'declined-by-patient',
    ])
    // A declined plan can no longer be accepted; the other still can.
    expect(
      await w.family.acceptQuote({
        referralId: q.referralId,
        quoteId: q.quoteId,
        seenVersion: q.referralVersion + 1,
      }),
    ).toMatchObject({ ok: false })
    const r = w.rheinQuote
    expect(
      (
        await w.family.acceptQuote({
          referralId: r.referralId,
          quoteId: r.quoteId,
          seenVersion: r.referralVersion,
        })
      ).ok,
    ).toBe(true)
  })

  test('a caregiver helping the family reads the plans but cannot accept or turn one down', async () => {
    const w = await twoQuotes()
    const helper = await anInvitedCaregiver(rt, w.son, w.caseId)
    const caregiver = await w.as(helper, w.caseId, 'member')
    const q = w.lotusQuote
    expect((await caregiver.quotes()).quotes).toHaveLength(2)
    const seen = { referralId: q.referralId, quoteId: q.quoteId, seenVersion: q.referralVersion }
    expect(await caregiver.acceptQuote(seen)).toMatchObject({
      ok: false,
      error: { code: 'referral.not-allowed', role: 'caregiver' },
    })
    expect(await caregiver.declinePlan(lotus as never, q.referralVersion)).toMatchObject({
      ok: false,
      error: { code: 'referral.not-allowed', role: 'caregiver' },
    })
    expect((await rowsOf(w.caseId)).referrals.every((r) => r.status === 'plan-proposed')).toBe(true)
  })

  test('accepting one closes the other, freezes the quote, moves the case, and tells each clinic', async () => {
    const w = await twoQuotes()
    expect((await w.family.quotes()).differences.inclusions).toEqual(
      (await w.family.quotes()).quotes.map((q) => (q.providerId === lotus ? ['Interpreter'] : [])),
    )
    const q = w.lotusQuote
    expect(
      await w.family.acceptQuote({
        referralId: q.referralId,
        quoteId: q.quoteId,
        seenVersion: q.referralVersion,
      }),
    ).toEqual({ ok: true, value: { status: 'accepted', version: q.referralVersion + 1 } })
    const rows = await rowsOf(w.caseId)
    expect(rows.stage).toBe('plan-accepted')
    expect(Object.fromEntries(rows.referrals.map((r) => [r.providerId, r.status]))).toEqual({
      [lotus]: 'accepted',
      [rhein]: 'closed',
    })
    expect(rows.quotes.find((r) => r.id === q.quoteId)?.acceptedAt).toBeInstanceOf(Date)
    expect(rows.quotes.find((r) => r.id === w.rheinQuote.quoteId)?.acceptedAt).toBeNull()
    const to = w.emails.map((e) => [e.template, e.to, e.params.status])
    expect(to).toContainEqual(['referral-closed', w.rheinDoctor.email, undefined])
    expect(to).toContainEqual(['referral-update', w.lotusDoctor.email, 'accepted'])
    // The other clinic hears why its referral closed, without the chosen clinic's name.
    const closed = renderEmail(w.emails.find((e) => e.template === 'referral-closed')!)
    expect(closed.text).toContain('has accepted another clinic’s plan')
    expect(closed.text).not.toContain(w.lotusQuote.providerName)
    // In the coordinator's history the closing step is Waypoint's, under no one's name.
    const referrals = await (await w.as(theCoordinator, w.caseId, 'coordinator')).referrals()
    const closing = referrals.find((r) => r.providerId === rhein)!.events.find((e) => e.to === 'closed')
    expect(closing).toMatchObject({ to: 'closed', actorRole: 'system', actorName: null })
    // Frozen: the clinic cannot send a new quote over an accepted one.
    const again = await (await w.as(w.lotusDoctor, w.caseId, 'clinic')).proposePlan(aPlanAndQuote(), 'en')
    expect(again).toMatchObject({ ok: false, error: { code: 'referral.wrong-state', status: 'accepted' } })
    expect((await rowsOf(w.caseId)).quotes).toHaveLength(2)
  })

  test('a plan from a clinic the family withdrew consent for is refused, and nothing moves', async () => {
    const w = await twoQuotes()
    const withdrawn = await (
      await w.as(w.son, w.caseId, 'member')
    ).setShares({
      [`share-${lotus}`]: ['no'],
      [`share-${rhein}`]: ['yes'],
      [`sections-${rhein}`]: ['condition'],
      'share-demo-hanbit': ['no'],
    })
    expect(withdrawn.ok).toBe(true)
    const q = w.lotusQuote
    expect(
      await w.family.acceptQuote({
        referralId: q.referralId,
        quoteId: q.quoteId,
        seenVersion: q.referralVersion,
      }),
    ).toEqual({ ok: false, error: { code: 'quote.consent-withdrawn' } })
    const rows = await rowsOf(w.caseId)
    expect(rows.stage).toBe('plan-proposed')
    expect(rows.referrals.map((r) => r.status).sort()).toEqual(['plan-proposed', 'plan-proposed'])
    expect(rows.quotes.every((r) => r.acceptedAt === null)).toBe(true)
    // The clinic the family still shares with can be chosen.
    const r = w.rheinQuote
    expect(
      (
        await w.family.acceptQuote({
          referralId: r.referralId,
          quoteId: r.quoteId,
          seenVersion: r.referralVersion,
        })
      ).ok,
    ).toBe(true)
  })

  test('the family’s own acceptance is not news from a clinic: the others hear once that a plan was accepted', async () => {
    const w = await twoQuotes()
    const helper = await anInvitedCaregiver(rt, w.son, w.caseId)
    w.emails.length = 0
    const q = w.lotusQuote
    const done = await w.family.acceptQuote({
      referralId: q.referralId,
      quoteId: q.quoteId,
      seenVersion: q.referralVersion,
    })
    expect(done.ok).toBe(true)
    const family = w.emails.filter((e) => e.to === helper.email || e.to === w.son.email)
    // The caregiver: one neutral note that the case moved to "plan accepted"; the son, who accepted: nothing.
    expect(family.map((e) => [e.template, e.to, e.params.stage])).toEqual([
      ['case-stage-changed', helper.email, 'plan-accepted'],
    ])
    expect(w.emails.map((e) => e.template)).not.toContain('referral-news')
  })

  test('a quote replaced since the page was read, or a stale version, is refused', async () => {
    const w = await twoQuotes()
    const q = w.lotusQuote
    await (
      await w.as(w.lotusDoctor, w.caseId, 'clinic')
    ).proposePlan(aPlanAndQuote({ validUntil: '2027-02-28' }), 'en')
    expect(
      await w.family.acceptQuote({
        referralId: q.referralId,
        quoteId: q.quoteId,
        seenVersion: q.referralVersion,
      }),
    ).toEqual({ ok: false, error: { code: 'referral.changed' } })
    expect(
      await w.family.acceptQuote({
        referralId: q.referralId,
        quoteId: q.quoteId,
        seenVersion: q.referralVersion + 1,
      }),
    ).toEqual({ ok: false, error: { code: 'referral.quote-changed' } })
    expect((await rowsOf(w.caseId)).stage).toBe('plan-proposed')
  })

  test('two tabs accepting different quotes at the same moment end with exactly one accepted', async () => {
    const w = await twoQuotes()
    const tab2 = await w.as(w.son, w.caseId, 'member')
    const results = await Promise.all([
      w.family.acceptQuote({
        referralId: w.lotusQuote.referralId,
        quoteId: w.lotusQuote.quoteId,
        seenVersion: w.lotusQuote.referralVersion,
      }),
      tab2.acceptQuote({
        referralId: w.rheinQuote.referralId,
        quoteId: w.rheinQuote.quoteId,
        seenVersion: w.rheinQuote.referralVersion,
      }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(['referral.other-accepted', 'referral.final', 'referral.changed']).toContain(
      (results.find((r) => !r.ok) as { error: { code: string } }).error.code,
    )
    const rows = await rowsOf(w.caseId)
    expect(rows.referrals.filter((r) => r.status === 'accepted')).toHaveLength(1)
    expect(rows.quotes.filter((r) => r.acceptedAt !== null)).toHaveLength(1)
    expect(rows.stage).toBe('plan-accepted')
  })
})
