import { eq } from 'drizzle-orm'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { CaseId } from '#domain/shared/ids.ts'
import {
  aCoordinator,
  anAcceptedPlan,
  aPatient,
  aPlanAndQuote,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { fitToFly, tripChecklist, tripItem } from '../../db/schema/travel.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'

// The trip after the visa (issue 17, ADR 0064): no flight before a fit-to-fly
// check that lets the person fly; overlapping flights refused with nothing
// saved; the family reads the plan and ticks the checklist but cannot edit
// it; a clinic other than the treating one sees nothing; nothing typed
// reaches the audit log.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt, 'trip-coordinator')
})
afterAll(async () => {
  await rt?.cleanup()
})

/** A case referred to Lotus (India) and Rheinufer, whose Lotus plan of this stay the family accepted. */
async function aTrip(stayDays = '30') {
  const w = await anAcceptedPlan(rt, theCoordinator, {
    at: new Date('2026-12-02T09:00:00Z'),
    plan: aPlanAndQuote({ plan: { lengthOfStayDays: stayDays } }),
  })
  const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
  return { ...w, coordinator }
}

const check = (change: Record<string, string> = {}) => ({
  homeVentilation: 'yes',
  orthopnoea: 'no',
  bulbar: 'not-severe',
  fvcPercent: '58',
  fvcDate: '2026-11-20',
  signOffBy: '',
  signOffDate: '',
  hypoxicChallenge: 'not-done',
  oxygenPlanned: 'no',
  ...change,
})
const signedOff = check({ signOffBy: 'Dr Okafor, home respiratory team', signOffDate: '2026-12-01' })

const outbound = (change: Record<string, string> = {}) => ({
  carrier: 'Air India Zephyr',
  number: 'AI 162',
  from: 'AMM',
  to: 'DEL',
  departsDate: '2027-02-01',
  departsTime: '21:00',
  departsZone: 'Asia/Amman',
  arrivesDate: '2027-02-02',
  arrivesTime: '04:15',
  arrivesZone: 'Asia/Kolkata',
  ...change,
})

const rowsOf = async (caseId: CaseId) =>
  rt.database.db.select().from(tripItem).where(eq(tripItem.caseId, caseId))

describe(`the fit-to-fly gate on ${engineUnderTest}`, () => {
  test('no flight is added before a check, nor while the check waits for a sign-off', async () => {
    const w = await aTrip()
    expect(await w.coordinator.addTripItem('flight', outbound())).toEqual({
      ok: false,
      error: { code: 'trip.fit-to-fly-first', field: 'form' },
    })
    expect(await w.coordinator.recordFitToFly(check())).toEqual({
      ok: true,
      value: { outcome: 'needs-clearance' },
    })
    expect((await w.coordinator.addTripItem('flight', outbound())).ok).toBe(false)
    expect(await rowsOf(w.caseId)).toEqual([])

    // Other items do not wait for the check.
    const stay = await w.coordinator.addTripItem('stay', {
      name: 'Lotus Guest House Zephyr',
      address: '12 MG Road, Bengaluru',
      checkIn: '2027-02-02',
      checkOut: '2027-03-01',
      accessibleRoom: 'yes',
      hoist: 'yes',
      powerForNiv: 'yes',
    })
    expect(stay.ok).toBe(true)

    expect(await w.coordinator.recordFitToFly(signedOff)).toEqual({ ok: true, value: { outcome: 'cleared' } })
    expect((await w.coordinator.addTripItem('flight', outbound())).ok).toBe(true)
    expect((await rowsOf(w.caseId)).map((r) => r.kind).sort()).toEqual(['flight', 'stay'])
  })

  test('an oxygen-needing test holds booking until oxygen is planned; the family and the clinic see why', async () => {
    const w = await aTrip()
    const tested = check({ hypoxicChallenge: 'oxygen-needed' })
    expect(await w.coordinator.recordFitToFly(tested)).toEqual({
      ok: true,
      value: { outcome: 'plan-oxygen' },
    })
    expect((await w.coordinator.addTripItem('flight', outbound())).ok).toBe(false)
    const family = await w.as(w.son, w.caseId, 'member')
    const seen = (await family.trip())!.fitToFly!
    expect(seen).toMatchObject({
      outcome: 'plan-oxygen',
      oxygen: true,
      mayBook: false,
      reasons: ['home-ventilation'],
    })
    // The family and the clinic see the outcome, not the coordinator's form.
    expect(seen).not.toHaveProperty('record')
    const clinic = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    expect((await clinic.trip())!.fitToFly!.outcome).toBe('plan-oxygen')

    expect(await w.coordinator.recordFitToFly({ ...tested, oxygenPlanned: 'yes' })).toEqual({
      ok: true,
      value: { outcome: 'cleared-with-oxygen' },
    })
    expect((await w.coordinator.addTripItem('flight', outbound())).ok).toBe(true)
  })

  test('a bad check is refused on its fields and nothing is saved', async () => {
    const w = await aTrip()
    const r = await w.coordinator.recordFitToFly(check({ fvcPercent: '900', signOffBy: 'Dr Okafor' }))
    expect(r.ok ? [] : r.error).toEqual([
      { code: 'fit-to-fly.fvc-invalid', field: 'fvcPercent' },
      { code: 'fit-to-fly.sign-off-incomplete', field: 'signOffDate' },
    ])
    expect(await rt.database.db.select().from(fitToFly).where(eq(fitToFly.caseId, w.caseId))).toEqual([])
  })
})

describe(`flights on ${engineUnderTest}`, () => {
  test('an overlapping flight is refused and nothing is saved; a connection is fine', async () => {
    const w = await aTrip()
    await w.coordinator.recordFitToFly(signedOff)
    expect((await w.coordinator.addTripItem('flight', outbound())).ok).toBe(true)
    const before = await rowsOf(w.caseId)
    // Leaves Amman at 23:00 the same evening, while the first flight is in the air.
    const clash = await w.coordinator.addTripItem(
      'flight',
      outbound({ number: 'RJ 198', departsTime: '23:00' }),
    )
    expect(clash).toEqual({ ok: false, error: [{ code: 'trip.flights-overlap', field: 'departsTime' }] })
    expect(await rowsOf(w.caseId)).toEqual(before)

    const connection = await w.coordinator.addTripItem(
      'flight',
      outbound({
        number: '6E 2131',
        from: 'DEL',
        to: 'BLR',
        departsDate: '2027-02-02',
        departsTime: '07:00',
        departsZone: 'Asia/Kolkata',
        arrivesDate: '2027-02-02',
        arrivesTime: '09:45',
      }),
    )
    expect(connection.ok).toBe(true)
  })

  test('a flight that has already left is refused on its departure, and nothing is saved', async () => {
    const w = await aTrip()
    await w.coordinator.recordFitToFly(signedOff)
    const before = await rowsOf(w.caseId)
    expect(
      await w.coordinator.addTripItem(
        'flight',
        outbound({ departsDate: '2020-02-01', arrivesDate: '2020-02-02' }),
      ),
    ).toEqual({ ok: false, error: [{ code: 'trip.in-the-past', field: 'departsDate' }] })
    expect(await rowsOf(w.caseId)).toEqual(before)
  })

  test('changing a flight into another one’s time is refused, and the old one stays', async () => {
    const w = await aTrip()
    await w.coordinator.recordFitToFly(signedOff)
    await w.coordinator.addTripItem('flight', outbound())
    const added = await w.coordinator.addTripItem(
      'flight',
      outbound({ number: 'AI 161', departsDate: '2027-02-20', arrivesDate: '2027-02-21' }),
    )
    if (!added.ok) throw new Error('add refused')
    const changed = await w.coordinator.changeTripItem(added.value.id, 1, outbound({ number: 'AI 161' }))
    expect(changed).toEqual({ ok: false, error: [{ code: 'trip.flights-overlap', field: 'departsTime' }] })
    const trip = (await w.coordinator.trip())!
    expect(trip.timed.map((i) => (i.item.kind === 'flight' ? i.item.departs.date : null))).toEqual([
      '2027-02-01',
      '2027-02-20',
    ])
    // A stale version is refused; the current one removes it.
    expect(await w.coordinator.removeTripItem(added.value.id, 7)).toEqual({
      ok: false,
      error: { code: 'travel.changed' },
    })
    expect((await w.coordinator.removeTripItem(added.value.id, 1)).ok).toBe(true)
    expect((await w.coordinator.trip())!.timed).toHaveLength(1)
  })
})

describe(`who sees the plan on ${engineUnderTest}`, () => {
  test('the family reads the itinerary and ticks the checklist, but has no command to edit the plan', async () => {
    const w = await aTrip()
    await w.coordinator.recordFitToFly(signedOff)
    await w.coordinator.addTripItem('flight', outbound())
    const family = await w.as(w.son, w.caseId, 'member')
    expect('addTripItem' in family).toBe(false)
    expect('recordFitToFly' in family).toBe(false)
    const trip = (await family.trip())!
    expect(trip.timed.map((i) => i.item.kind)).toEqual(['flight'])
    expect(await family.saveChecklist(['prescription-letter', 'passport'])).toEqual({
      ok: true,
      value: { changed: 2 },
    })
    expect(await family.saveChecklist(['prescription-letter', 'passport-number'])).toEqual({
      ok: false,
      error: { code: 'trip.checklist-item-unknown' },
    })
    expect(await family.saveChecklist(['prescription-letter'])).toEqual({ ok: true, value: { changed: 1 } })
    const ticked = await rt.database.db.select().from(tripChecklist).where(eq(tripChecklist.caseId, w.caseId))
    expect(ticked.map((r) => r.item)).toEqual(['prescription-letter'])
    expect((await w.coordinator.trip())!.checklist.ticked).toEqual(['prescription-letter'])
  })

  test('another clinic or family reads nothing of the plan, not even through the calendar', async () => {
    const w = await aTrip()
    await w.coordinator.recordFitToFly(signedOff)
    await w.coordinator.addTripItem('flight', outbound())
    const other = await w.as(w.rheinDoctor, w.caseId, 'clinic')
    expect(await other.trip()).toBeNull()
    expect(await other.tripCalendar('en')).not.toMatch(/VEVENT|AI162/)
    const treating = await w.as(w.lotusDoctor, w.caseId, 'clinic')
    expect((await treating.trip())!.timed).toHaveLength(1)
    expect('addTripItem' in treating).toBe(false)
    // Another family has no way in at all.
    expect(await w.open(await aPatient(rt, 'trip-stranger'), w.caseId)).toBeNull()
  })

  test('the calendar file places the flight at its instant; the audit log holds no typed word', async () => {
    const w = await aTrip()
    await w.coordinator.recordFitToFly(signedOff)
    await w.coordinator.addTripItem('flight', outbound())
    const family = await w.as(w.son, w.caseId, 'member')
    // Amman keeps UTC+3 all year since 2022; Delhi is UTC+5:30.
    const ics = await family.tripCalendar('en')
    const root = new ICAL.Component(ICAL.parse(ics))
    for (const z of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(z)
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!)
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-02-01T18:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-02-01T22:45:00.000Z')
    const audit = JSON.stringify(
      await rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, w.caseId)),
    )
    expect(audit).toContain('travel.item-added')
    expect(audit).not.toMatch(/Zephyr|Okafor|AI ?162/)
  })

  test('the plan’s stay longer than the visa is flagged to everyone who reads it', async () => {
    const w = await aTrip('75')
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.trip())!.visa).toMatchObject({ outlasts: true, validityDays: 60 })
  })
})
