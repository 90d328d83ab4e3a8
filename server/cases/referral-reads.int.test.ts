import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  aCaseWithClinics,
  aClinicMember,
  aCoordinator,
  aPlanAndQuote,
  lotus,
  quoteAcceptedOf,
  rhein,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { seedDemoData } from '../seed/seed-demo.ts'

// Who a referral's history names, per reader (issue 15): the coordinator
// reads every name; a clinic reads its own staff's and the coordinator's, but
// never the family's (the patient shares a name only with "about", and a
// caregiver's is in no answer), nor the name behind a step Waypoint took for
// the family.
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

describe(`a referral's history on ${engineUnderTest}`, () => {
  test('a clinic reads its own staff and the coordinator by name, the family and Waypoint by role only', async () => {
    const w = await aCaseWithClinics(rt)
    const { lotusDoctor, rheinDoctor } = w
    const lotusDesk = await aClinicMember(rt, lotus, 'lotus-desk', 'international-desk')
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect((await coordinator.sendToProviders([lotus, rhein])).ok).toBe(true)

    // Lotus asks, the family answers; both clinics send a plan; the family accepts Lotus's.
    const desk = await w.as(lotusDesk, w.caseId, 'clinic')
    await desk.openReferral()
    await desk.startEvaluation()
    await desk.askForInformation('Is there a recent spirometry result?')
    const family = await w.as(w.son, w.caseId, 'member')
    const asked = (await family.referrals()).find((r) => r.providerId === lotus)!
    expect((await family.answerClinic(lotus as never, 'FVC 71% in October.', asked.version)).ok).toBe(true)
    expect(
      (
        await (
          await w.as(lotusDoctor, w.caseId, 'clinic')
        ).proposePlan(aPlanAndQuote({ quote: { currency: 'INR' } }), 'en')
      ).ok,
    ).toBe(true)
    const rheinClinic = await w.as(rheinDoctor, w.caseId, 'clinic')
    await rheinClinic.openReferral()
    await rheinClinic.startEvaluation()
    // Within Rheinufer's listed price (€900 to €1,600): far above it, the doctor would be asked to confirm.
    const euros = [
      { category: 'procedure' as const, description: 'Assessment', quantity: '1', unitPrice: '1500' },
    ]
    expect(
      (await rheinClinic.proposePlan(aPlanAndQuote({ quote: { currency: 'EUR', lines: euros } }), 'en')).ok,
    ).toBe(true)
    await quoteAcceptedOf(w, lotus)

    const names = (events: readonly { actorName: string | null; actorRole: string; to: string }[]) =>
      events.map((e) => [e.actorRole, e.to, e.actorName])
    const lotusSees = (await (await w.as(lotusDesk, w.caseId, 'clinic')).referral())!.events
    expect(names(lotusSees)).toContainEqual(['representative', 'information-provided', null])
    expect(names(lotusSees)).toContainEqual(['international-desk', 'information-requested', lotusDesk.name])
    expect(names(lotusSees)).toContainEqual(['coordinator', 'sent', theCoordinator.name])
    const rheinSees = (await (await w.as(rheinDoctor, w.caseId, 'clinic')).referral())!.events
    expect(names(rheinSees)).toContainEqual(['system', 'closed', null])
    expect(names(rheinSees)).toContainEqual(['treating-doctor', 'plan-proposed', rheinDoctor.name])
    for (const e of [...lotusSees, ...rheinSees]) expect(e.actorName).not.toBe(w.son.name)

    // The coordinator still reads who in the family acted.
    const all = (await coordinator.referrals()).flatMap((r) => r.events)
    expect(names(all)).toContainEqual(['representative', 'information-provided', w.son.name])
  })
})
