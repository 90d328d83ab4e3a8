import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import {
  aCaseWithClinics,
  aClinicMember,
  aCoordinator,
  aRoutedCase,
  anInvitedCaregiver,
  depsOf,
  lotus,
  rhein,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { openCase } from '../../cases/open-case.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { patientCase, referral, referralEvent } from '../../db/schema/cases.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { r4Issues } from '#tests/support/fhir-r4.ts'

// Referrals through the case handles (issue 15, ADR 0043): the coordinator
// sends a case to exactly the providers the family chose and shared with;
// each clinic moves its own referral in its role; every step is audited, its
// free text sealed, the right people emailed without health content; and two
// people acting at once end with exactly one outcome.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
// One coordinator for the file: every coordinator is emailed while a case has
// none assigned, and the server's database keeps the people of earlier runs.
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt)
})
afterAll(async () => {
  await rt?.cleanup()
})

const hanbit = 'demo-hanbit'

/** A sent case (shared with Lotus and Rheinufer, not Hanbit), its coordinator, a desk and a doctor at each clinic. */
async function aRoutedWorld(options: { send?: string[] } = {}) {
  const w = options.send
    ? await aRoutedCase(rt, theCoordinator, { to: options.send })
    : await aCaseWithClinics(rt)
  const lotusDesk = await aClinicMember(rt, lotus, 'lotus-desk', 'international-desk')
  return { ...w, coordinator: theCoordinator, lotusDesk }
}

async function referralRows(caseId: CaseId) {
  return rt.database.db.select().from(referral).where(eq(referral.caseId, caseId))
}

async function stageOf(caseId: CaseId) {
  const [row] = await rt.database.db
    .select({ stage: patientCase.stage })
    .from(patientCase)
    .where(eq(patientCase.id, caseId))
  return row!.stage
}

describe(`sending a case to clinics on ${engineUnderTest}`, () => {
  test('each chosen, consented provider gets a referral due in three working days, and the case is under evaluation', async () => {
    const w = await aRoutedWorld()
    const handle = await w.as(w.coordinator, w.caseId, 'coordinator')
    const sent = await handle.sendToProviders([lotus, rhein])
    expect(sent.ok).toBe(true)
    const rows = await referralRows(w.caseId)
    expect(rows.map((r) => [r.providerId, r.status, r.version]).sort()).toEqual([
      [lotus, 'sent', 1],
      [rhein, 'sent', 1],
    ])
    // Wednesday 2 December + 3 working days = Monday 7 December.
    expect(rows.every((r) => r.answerDueAt.toISOString() === '2026-12-07T09:00:00.000Z')).toBe(true)
    expect(await stageOf(w.caseId)).toBe('under-evaluation')
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'referral.sent'), eq(auditEvent.actorUserId, w.coordinator.id)))
    expect(audits).toHaveLength(2)
    // Each clinic's staff hear of it; the family hears the case is under evaluation; nobody reads health content.
    const to = w.emails.map((e) => [e.template, e.to])
    expect(to).toContainEqual(['referral-received', w.lotusDesk.email])
    expect(to).toContainEqual(['referral-received', w.rheinDoctor.email])
    expect(to).toContainEqual(['case-stage-changed', w.son.email])
    expect(JSON.stringify(w.emails)).not.toMatch(/Salma|ALS|Neurology/)
  })

  test.each([
    [hanbit, 'referral.provider-not-consented'],
    ['demo-aurora', 'referral.provider-not-chosen'],
  ])('sending to %s is refused with %s, and nothing is sent to anyone', async (providerId, code) => {
    const w = await aRoutedWorld()
    const handle = await w.as(w.coordinator, w.caseId, 'coordinator')
    const refused = await handle.sendToProviders([lotus, providerId])
    expect(refused).toEqual({ ok: false, error: { code, providerId } })
    expect(await referralRows(w.caseId)).toEqual([])
    expect(await stageOf(w.caseId)).toBe('records-submitted')
    expect(w.emails).toEqual([])
  })

  test('a provider is sent the case once: sending again is refused', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    const handle = await w.as(w.coordinator, w.caseId, 'coordinator')
    expect(await handle.sendToProviders([lotus])).toEqual({
      ok: false,
      error: { code: 'referral.already-sent', providerId: lotus },
    })
    expect(await handle.sendToProviders([rhein])).toMatchObject({ ok: true })
    expect((await handle.referrals()).map((r) => r.providerName).sort()).toHaveLength(2)
  })

  test('two coordinators sending the same providers at once send them once', async () => {
    const w = await aRoutedWorld()
    const other = await aCoordinator(rt, 'other')
    const [a, b] = await Promise.all([
      w.as(w.coordinator, w.caseId, 'coordinator'),
      w.as(other, w.caseId, 'coordinator'),
    ])
    const results = await Promise.all([a.sendToProviders([lotus, rhein]), b.sendToProviders([lotus, rhein])])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'referral.already-sent' } })
    expect(await referralRows(w.caseId)).toHaveLength(2)
  })
})

describe(`a clinic evaluating its referral on ${engineUnderTest}`, () => {
  test('the first view opens it, audited, and only once', async () => {
    const w = await aRoutedWorld({ send: [lotus, rhein] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    expect(await desk.openReferral()).toEqual({ ok: true, value: { status: 'opened', version: 2 } })
    expect(await desk.openReferral()).toMatchObject({ ok: false, error: { code: 'referral.wrong-state' } })
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'referral.opened'), eq(auditEvent.actorUserId, w.lotusDesk.id)))
    expect(audits).toHaveLength(1)
    expect(audits[0]!.details).toMatchObject({ caseId: w.caseId, from: 'sent', to: 'opened' })
    // The other clinic's referral is untouched.
    expect((await referralRows(w.caseId)).find((r) => r.providerId === rhein)?.status).toBe('sent')
  })

  test('a question is sealed on the timeline, shown to the coordinator, and the coordinator is emailed without it', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    await desk.openReferral()
    expect(await desk.startEvaluation()).toMatchObject({ ok: true, value: { status: 'evaluating' } })
    const question = 'Is there a recent spirometry (FVC) result?'
    expect(await desk.askForInformation(question)).toMatchObject({
      ok: true,
      value: { status: 'information-requested' },
    })
    const events = await rt.database.db.select().from(referralEvent).where(eq(referralEvent.caseId, w.caseId))
    const asked = events.find((e) => e.type === 'referral.information-requested')!
    expect(asked.sealedText).toBeTruthy()
    expect(asked.sealedText).not.toContain('spirometry')
    expect(JSON.stringify(await rt.database.db.select().from(auditEvent))).not.toContain('spirometry')
    const seen = (await (await w.as(w.coordinator, w.caseId, 'coordinator')).referrals())[0]!
    expect(seen.status).toBe('information-requested')
    expect(seen.waitingOn).toBe('family')
    expect(seen.events.map((e) => e.text)).toContain(question)
    // No coordinator is assigned yet, so every coordinator hears of it.
    const toCoordinator = w.emails.filter(
      (e) => e.template === 'referral-changed' && e.to === w.coordinator.email,
    )
    expect(toCoordinator.map((e) => e.params.status)).toEqual(['evaluating', 'information-requested'])
    // Which of the case's clinics it is, said in the email.
    for (const e of toCoordinator) expect(e.params.clinic).toMatch(/^Lotus Neuro Care/)
    // The family, who answers it on the case page, hears a clinic has a question; the question stays out of email.
    expect(w.emails.filter((e) => e.template === 'referral-question').map((e) => e.to)).toContain(w.son.email)
    expect(w.emails.filter((e) => e.template === 'referral-news')).toEqual([])
    expect(JSON.stringify(w.emails)).not.toContain('spirometry')
  })

  test('a clinic’s question never carries an email address or a phone number', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    await desk.openReferral()
    await desk.startEvaluation()
    for (const question of ['Write to us at desk@lotus.example', 'WhatsApp +91 98450 12345 with the MRI'])
      expect(await desk.askForInformation(question)).toEqual({
        ok: false,
        error: { code: 'referral.contact-details' },
      })
    expect((await referralRows(w.caseId))[0]?.status).toBe('evaluating')
  })

  test('only a treating doctor declares a patient not eligible; the family sees it and is told there is news', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    await desk.openReferral()
    await desk.startEvaluation()
    const answer = {
      reason: 'condition-too-advanced',
      explanation: 'Breathing is too weak for travel.',
    } as const
    expect(await desk.declareNotEligible(answer)).toEqual({
      ok: false,
      error: { code: 'referral.not-allowed', role: 'international-desk', command: 'declare-not-eligible' },
    })
    const doctor = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    expect(await doctor.declareNotEligible(answer)).toMatchObject({
      ok: true,
      value: { status: 'not-eligible' },
    })
    expect(await doctor.declareNotEligible({ ...answer, explanation: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'referral.final' },
    })
    const family = await w.as(w.son, w.caseId, 'member')
    expect(await family.referrals()).toEqual([
      expect.objectContaining({ providerId: lotus, status: 'not-eligible' }),
    ])
    // The only clinic has said no: the case page no longer says the providers are looking at it.
    expect((await family.afterSending()).next).toEqual({ code: 'clinics-ended' })
    const news = w.emails.filter((e) => e.template === 'referral-news')
    expect(news.map((e) => e.to)).toEqual([w.son.email])
    expect(JSON.stringify(w.emails)).not.toContain('Breathing')
  })

  test('the steps refuse what they lack and what the status does not allow', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    expect(await desk.startEvaluation()).toMatchObject({
      ok: false,
      error: { code: 'referral.wrong-state', status: 'sent' },
    })
    await desk.openReferral()
    await desk.startEvaluation()
    expect(await desk.askForInformation('   ')).toEqual({
      ok: false,
      error: { code: 'referral.question-missing' },
    })
    expect(await desk.askForInformation('x'.repeat(4001))).toEqual({
      ok: false,
      error: { code: 'referral.text-too-long', max: 4000 },
    })
    // "Another reason" needs saying; what is said is sealed and read by the coordinator.
    expect(await desk.decline('other')).toEqual({
      ok: false,
      error: { code: 'referral.decline-explanation-missing' },
    })
    expect(await desk.decline('other', undefined, 'Our neurologist is away until June.')).toMatchObject({
      ok: true,
      value: { status: 'declined-by-clinic' },
    })
    const declined = (
      await rt.database.db.select().from(referralEvent).where(eq(referralEvent.caseId, w.caseId))
    ).find((e) => e.type === 'referral.declined-by-clinic')!
    expect(declined.sealedText).not.toContain('neurologist')
    const seen = (await (await w.as(w.coordinator, w.caseId, 'coordinator')).referrals())[0]!
    expect(seen.events.map((e) => e.text)).toContain('Our neurologist is away until June.')
    expect(await desk.askForInformation('Any news?')).toEqual({
      ok: false,
      error: { code: 'referral.final', status: 'declined-by-clinic' },
    })
    const reason = (
      await rt.database.db.select().from(referralEvent).where(eq(referralEvent.caseId, w.caseId))
    ).find((e) => e.type === 'referral.declined-by-clinic')?.reason
    expect(reason).toBe('other')
  })

  test('a clinic the case was not sent to cannot open it, though the family shares with it', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    expect(await openCase(depsOf(rt), w.rheinDoctor, w.caseId)).toBeNull()
    expect((await referralRows(w.caseId)).map((r) => r.providerId)).toEqual([lotus])
  })

  test('a step decided on a version someone has since changed is refused', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    await desk.openReferral()
    expect(await desk.startEvaluation(1)).toEqual({ ok: false, error: { code: 'referral.changed' } })
    expect(await desk.startEvaluation(2)).toMatchObject({ ok: true, value: { version: 3 } })
  })

  test('two members acting on what they both saw end with exactly one outcome', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    await desk.openReferral()
    await desk.startEvaluation()
    const doctor = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    const seen = (await doctor.referral())!.version
    const results = await Promise.all([
      desk.askForInformation('Can we see the latest MRI?', seen),
      doctor.declareNotEligible(
        { reason: 'does-not-meet-criteria', explanation: 'Outside the protocol.' },
        seen,
      ),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: { code: 'referral.changed' } })
    const [row] = await referralRows(w.caseId)
    const won = results.find((r) => r.ok)!
    expect(won.ok && row!.status).toBe(won.ok ? won.value.status : null)
    expect(row!.version).toBe(seen + 1)
    const events = await rt.database.db
      .select()
      .from(referralEvent)
      .where(eq(referralEvent.referralId, row!.id))
    expect(events.filter((e) => e.fromStatus === 'evaluating')).toHaveLength(1)
  })

  test('two tabs pressing the same step at once move the referral once', async () => {
    const w = await aRoutedWorld({ send: [lotus] })
    const [a, b] = await Promise.all([
      w.as(w.lotusDesk, w.caseId, 'clinic'),
      w.as(w.lotusDoctor, w.caseId, 'clinic'),
    ])
    const results = await Promise.all([a.openReferral(), b.openReferral()])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(['referral.changed', 'referral.wrong-state']).toContain(
      (results.find((r) => !r.ok) as { error: { code: string } }).error.code,
    )
    const events = await rt.database.db.select().from(referralEvent).where(eq(referralEvent.caseId, w.caseId))
    expect(events.filter((e) => e.type === 'referral.opened')).toHaveLength(1)
  })
})

describe(`withdrawing a case on ${engineUnderTest}`, () => {
  test('ends every open referral with it: no clinic keeps a deadline or may ask the family anything', async () => {
    const w = await aRoutedWorld({ send: [lotus, rhein] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    await desk.openReferral()
    await desk.startEvaluation()
    await desk.askForInformation('Is there a recent spirometry (FVC) result?')
    w.emails.length = 0
    const coordinator = await w.as(w.coordinator, w.caseId, 'coordinator')
    expect(await coordinator.transition('withdraw')).toEqual({ ok: true, value: { to: 'withdrawn' } })
    expect(await stageOf(w.caseId)).toBe('withdrawn')
    const rows = await referralRows(w.caseId)
    expect(rows.map((r) => [r.providerId, r.status]).sort()).toEqual([
      [lotus, 'withdrawn'],
      [rhein, 'withdrawn'],
    ])
    const events = await rt.database.db.select().from(referralEvent).where(eq(referralEvent.caseId, w.caseId))
    const withdrawn = events.filter((e) => e.type === 'referral.withdrawn')
    expect(withdrawn.map((e) => [e.fromStatus, e.reason, e.actorRole]).sort()).toEqual([
      ['information-requested', 'case-withdrawn', 'coordinator'],
      ['sent', 'case-withdrawn', 'coordinator'],
    ])
    // The clinic's page is now read-only: the step it might still try is refused.
    const after = await w.as(w.lotusDesk, w.caseId, 'clinic')
    expect(await after.askForInformation('One more question?')).toEqual({
      ok: false,
      error: { code: 'referral.final', status: 'withdrawn' },
    })
    expect((await after.referral())!.commands).toEqual([])
    // Each clinic's staff are told; the coordinators and the family hear once, of the case.
    const templates = w.emails.map((e) => [e.template, e.to])
    expect(templates).toContainEqual(['referral-update', w.lotusDesk.email])
    expect(w.emails.filter((e) => e.template === 'referral-changed')).toEqual([])
    expect(templates).toContainEqual(['case-stage-changed', w.son.email])
  })

  test('the family stops it: only with the box ticked, never by a helper, and the coordinators are told', async () => {
    const w = await aRoutedWorld({ send: [lotus, rhein] })
    const helper = await anInvitedCaregiver(rt, w.son, w.caseId)
    expect(await (await w.as(helper, w.caseId, 'member')).stop(true)).toEqual({
      ok: false,
      error: { code: 'case.stop-not-yours' },
    })
    const family = await w.as(w.son, w.caseId, 'member')
    expect(await family.stop(false)).toEqual({
      ok: false,
      error: { code: 'case.withdraw-not-confirmed', field: 'confirm-withdraw' },
    })
    expect(await stageOf(w.caseId)).toBe('under-evaluation')
    w.emails.length = 0
    expect(await family.stop(true)).toEqual({ ok: true, value: { to: 'withdrawn' } })
    expect(await stageOf(w.caseId)).toBe('withdrawn')
    const rows = await referralRows(w.caseId)
    expect(rows.map((r) => r.status)).toEqual(['withdrawn', 'withdrawn'])
    const events = await rt.database.db.select().from(referralEvent).where(eq(referralEvent.caseId, w.caseId))
    expect(events.filter((e) => e.type === 'referral.withdrawn').map((e) => [e.reason, e.actorRole])).toEqual(
      [
        ['case-withdrawn', 'representative'],
        ['case-withdrawn', 'representative'],
      ],
    )
    const templates = w.emails.map((e) => [e.template, e.to])
    expect(templates).toContainEqual(['referral-update', w.lotusDesk.email])
    expect(templates).toContainEqual(['case-withdrawn', w.coordinator.email])
    // The family is not told of their own step by email; their helper is.
    expect(templates).toContainEqual(['case-stage-changed', helper.email])
    const ended = await w.as(w.son, w.caseId, 'member')
    expect(await ended.stop(true)).toMatchObject({ ok: false, error: { code: 'case.final' } })
  })
})

describe(`withdrawing consent on ${engineUnderTest}`, () => {
  test('tells the coordinators and each clinic still on the case, whose pages close', async () => {
    const w = await aRoutedWorld({ send: [lotus, rhein] })
    await (await w.as(w.rheinDoctor, w.caseId, 'clinic')).decline('no-capacity')
    w.emails.length = 0
    expect(await (await w.as(w.son, w.caseId, 'member')).setProcessingConsent(false)).toEqual({
      ok: true,
      value: null,
    })
    const to = w.emails.map((e) => [e.template, e.to])
    expect(to).toContainEqual(['consent-withdrawn', w.coordinator.email])
    expect(to).toContainEqual(['consent-withdrawn-clinic', w.lotusDesk.email])
    // Rheinufer had already declined: nothing more to tell it.
    expect(to).not.toContainEqual(['consent-withdrawn-clinic', w.rheinDoctor.email])
    expect(await w.open(w.lotusDesk, w.caseId)).toBeNull()
    expect((await w.as(w.coordinator, w.caseId, 'coordinator')).consentGiven).toBe(false)
  })
})

describe(`the family's export on ${engineUnderTest}`, () => {
  test('carries each referral as a valid ServiceRequest to its clinic, with its status', async () => {
    const w = await aRoutedWorld({ send: [lotus, rhein] })
    await (await w.as(w.rheinDoctor, w.caseId, 'clinic')).decline('no-capacity')
    const bundle = await (await w.as(w.son, w.caseId, 'member')).exportFhir()
    const requests = (bundle.entry ?? []).flatMap((e) =>
      e.resource?.resourceType === 'ServiceRequest' ? [e.resource] : [],
    )
    expect(
      requests.map((r) => [r.performer?.[0]?.display, r.status, r.extension?.[0]?.valueCode]).sort(),
    ).toEqual([
      // Sorted by name: Klinik am Rheinufer, then Lotus.
      [expect.stringContaining('Rheinufer'), 'revoked', 'declined-by-clinic'],
      [expect.stringContaining('Lotus'), 'active', 'sent'],
    ])
    for (const r of requests) expect(r4Issues(r)).toEqual([])
    expect(r4Issues(bundle)).toEqual([])
  })
})

describe(`the family answering a clinic's question on ${engineUnderTest}`, () => {
  async function asked() {
    const w = await aRoutedWorld({ send: [lotus] })
    const desk = await w.as(w.lotusDesk, w.caseId, 'clinic')
    await desk.openReferral()
    await desk.startEvaluation()
    await desk.askForInformation('Is there a recent spirometry (FVC) result?')
    w.emails.length = 0
    return { ...w, desk }
  }

  test('the family reads the question, answers it sealed, and the clinic and coordinator are told without it', async () => {
    const w = await asked()
    const family = await w.as(w.son, w.caseId, 'member')
    const [seen] = await family.referrals()
    expect(seen).toMatchObject({ status: 'information-requested', question: expect.stringContaining('FVC') })
    const answer = 'FVC was 71% in October; the letter is in the records.'
    expect(await family.answerClinic(lotus as never, answer, seen!.version)).toMatchObject({
      ok: true,
      value: { status: 'information-provided' },
    })
    const events = await rt.database.db.select().from(referralEvent).where(eq(referralEvent.caseId, w.caseId))
    const given = events.find((e) => e.type === 'referral.information-provided')!
    expect(given.actorRole).toBe('representative')
    expect(given.sealedText).not.toContain('71%')
    // The clinic's timeline shows the answer, unsealed.
    const timeline = (await w.desk.referral())!.events.map((e) => e.text)
    expect(timeline).toContain(answer)
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(
        and(eq(auditEvent.action, 'referral.information-provided'), eq(auditEvent.actorUserId, w.son.id)),
      )
    expect(audits).toHaveLength(1)
    const to = w.emails.map((e) => [e.template, e.to])
    expect(to).toContainEqual(['referral-update', w.lotusDesk.email])
    expect(to).toContainEqual(['referral-changed', w.coordinator.email])
    expect(JSON.stringify(w.emails)).not.toContain('71%')
    expect((await family.referrals())[0]!.question).toBeNull()
  })

  test('the clinic’s deadline waits while the family takes its time to answer', async () => {
    const w = await asked()
    const [before] = await referralRows(w.caseId)
    const fiveDays = 5 * 24 * 60 * 60 * 1000
    w.clock.advance(fiveDays)
    const family = await w.as(w.son, w.caseId, 'member')
    expect(await family.answerClinic(lotus as never, 'FVC was 71% in October.')).toMatchObject({ ok: true })
    const [after] = await referralRows(w.caseId)
    expect(after!.answerDueAt.getTime()).toBe(before!.answerDueAt.getTime() + fiveDays)
    // So the clinic is not overdue the moment the answer arrives.
    const coordinator = await w.as(w.coordinator, w.caseId, 'coordinator')
    expect((await coordinator.referrals())[0]).toMatchObject({ overdue: false })
  })

  test('an empty answer, a stale page and a question already answered are refused', async () => {
    const w = await asked()
    const family = await w.as(w.son, w.caseId, 'member')
    const version = (await family.referrals())[0]!.version
    expect(await family.answerClinic(lotus as never, '  ', version)).toEqual({
      ok: false,
      error: { code: 'referral.answer-missing' },
    })
    expect(await family.answerClinic(lotus as never, 'Yes.', version - 1)).toEqual({
      ok: false,
      error: { code: 'referral.changed' },
    })
    expect(await family.answerClinic(lotus as never, 'Yes.', version)).toMatchObject({ ok: true })
    expect(await family.answerClinic(lotus as never, 'Yes again.')).toMatchObject({
      ok: false,
      error: { code: 'referral.wrong-state', status: 'information-provided' },
    })
    expect(await family.answerClinic(rhein as never, 'Yes.')).toEqual({
      ok: false,
      error: { code: 'referral.not-found' },
    })
  })
})
