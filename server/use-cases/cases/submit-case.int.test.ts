import { asc, eq } from 'drizzle-orm'
import { responseDue } from '#domain/cases/response-due.ts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import {
  aCase,
  aCoordinator,
  aPatient,
  alsAnswersForAParent,
  answerAll,
  aSentCase,
  open,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, outboxEmail } from '../../db/schema/app.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

const files = () => ({ letter: tinyPdf('Neurology letter'), mri: dicomZip({ modality: 'MR' }) })

describe(`sending a case on ${engineUnderTest}`, () => {
  test('an incomplete case is refused with the tasks still to do', async () => {
    const son = await aPatient(rt, 'son')
    const caseId = await aCase(rt, son)
    await answerAll(rt, son, caseId, alsAnswersForAParent)
    const early = await (await open(rt, son, caseId, 'member')).submit()
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'case.incomplete', tasks: ['providers', 'consent'] },
    })
  })

  test('a complete case moves to "records submitted", and the coordinator hears of it without health details', async () => {
    const coordinator = await aCoordinator(rt)
    const { son, caseId } = await aSentCase(rt, files())
    const handle = await open(rt, son, caseId, 'member')
    expect(handle.case.stage).toBe('records-submitted')
    const toCoordinator = async () =>
      (await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, coordinator.email))).map(
        (e) => e.text,
      )
    await expect
      .poll(toCoordinator, { timeout: 15_000 })
      .toEqual([expect.stringContaining(handle.case.reference)])
    expect((await toCoordinator())[0]).not.toContain('Salma')
  })

  test('the family gets a receipt that says when to expect a reply, and nothing about health', async () => {
    const { son, caseId } = await aSentCase(rt, files())
    const reference = (await open(rt, son, caseId, 'member')).case.reference
    const toSon = async () =>
      (await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, son.email))).map(
        (e) => e.subject,
      )
    await expect.poll(toSon, { timeout: 15_000 }).toEqual([`We have received case ${reference}`])
    const [receipt] = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, son.email))
    expect(receipt!.text).toMatch(/will reply by \w+/)
    expect(receipt!.text).not.toContain('Salma')
  })

  test('a sent case cannot be sent again or have its answers changed', async () => {
    const { son, caseId } = await aSentCase(rt, files())
    const handle = await open(rt, son, caseId, 'member')
    expect(await handle.submit()).toEqual({ ok: false, error: { code: 'case.not-editable' } })
    const asked = handle.question('hopes')!
    expect(await handle.answer(asked.question, { answer: ['Changed'] }, null)).toEqual({
      ok: false,
      error: { code: 'case.not-editable' },
    })
  })

  test('a page opened before someone else sent the case is told it changed, not sent twice', async () => {
    const { son, caseId } = await aSentCase(rt, files(), { send: false })
    const [first, stale] = await Promise.all([
      open(rt, son, caseId, 'member'),
      open(rt, son, caseId, 'member'),
    ])
    expect(await first.submit()).toEqual({ ok: true, value: { to: 'records-submitted' } })
    expect(await stale.submit()).toEqual({ ok: false, error: { code: 'case.changed' } })
  })

  test('offers to choose from carry their price range, length of stay and the family’s currency', async () => {
    const son = await aPatient(rt, 'son')
    const caseId = await aCase(rt, son)
    await answerAll(rt, son, caseId, {
      ...alsAnswersForAParent,
      budget: { amount: '20000', currency: 'EUR' },
    })
    const handle = await open(rt, son, caseId, 'member')
    const choice = await handle.offersToChooseFrom()
    expect(choice.viewer).toEqual({ currency: 'EUR', perUsd: 0.92, asOf: '2026-11-20' })
    expect(choice.offers.find((o) => o.id === 'offer-lotus-mdt')).toMatchObject({
      providerSlug: expect.any(String),
      lengthOfStayDays: 5,
      priceMinMinor: expect.any(Number),
      priceMaxMinor: expect.any(Number),
      currency: 'USD',
      priceMinUsdCents: expect.any(Number),
    })
  })

  test('a blocked offer cannot be chosen, whatever the form says', async () => {
    const patient = await aPatient(rt)
    const caseId = await aCase(rt, patient)
    const handle = await open(rt, patient, caseId, 'member')
    expect(await handle.chooseOffers({ offerIds: ['offer-sunrise-package'], helpMeChoose: false })).toEqual({
      ok: false,
      error: { code: 'offers.none' },
    })
    expect(await handle.chosenOffers()).toEqual([])
  })

  test('two coordinators moving the case at once: one moves it, the other is told it changed', async () => {
    const { caseId } = await aSentCase(rt, files())
    const [a, b] = await Promise.all([aCoordinator(rt, 'first'), aCoordinator(rt, 'second')])
    const [ha, hb] = await Promise.all([
      open(rt, a, caseId, 'coordinator'),
      open(rt, b, caseId, 'coordinator'),
    ])
    const results = await Promise.all([ha.transition('start-evaluation'), hb.transition('start-evaluation')])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'case.changed' } })
    const audit = await rt.database.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.subjectId, caseId))
      .orderBy(asc(auditEvent.id))
    expect(audit.filter((e) => e.action === 'case.transition').map((e) => e.details)).toEqual([
      expect.objectContaining({ from: 'inquiry', to: 'records-submitted', by: 'caregiver' }),
      expect.objectContaining({ from: 'records-submitted', to: 'under-evaluation', by: 'coordinator' }),
    ])
  })

  test('a sent case shows each chosen provider with its status, and when the first reply is due', async () => {
    const { son, caseId } = await aSentCase(rt, files())
    const handle = await open(rt, son, caseId, 'member')
    const after = await handle.afterSending()
    expect(after.providers.map((p) => [p.providerId, p.progress, p.offers.length]).sort()).toEqual([
      ['demo-hanbit', 'not-shared', 1],
      ['demo-lotus-neuro', 'with-coordinator', 1],
      ['demo-rheinufer', 'with-coordinator', 1],
    ])
    // The date the receipt email gives (transition-case.ts), from the same rule.
    expect(after.next).toEqual({ code: 'first-reply', due: responseDue(handle.case.submittedAt!) })
  })

  test('a clinic chosen but not sent the case reads as not sent, never as in touch', async () => {
    const { son, caseId } = await aSentCase(rt, files())
    const coordinator = await open(rt, await aCoordinator(rt, 'sender'), caseId, 'coordinator')
    expect((await coordinator.sendToProviders(['demo-lotus-neuro'])).ok).toBe(true)
    const after = await (await open(rt, son, caseId, 'member')).afterSending()
    const byId = Object.fromEntries(after.providers.map((p) => [p.providerId, [p.progress, p.referral]]))
    expect(byId['demo-lotus-neuro']![1]).toBe('sent')
    expect(byId['demo-rheinufer']).toEqual(['not-sent', null])
  })
})
