import { eq } from 'drizzle-orm'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { wallClock } from '#domain/consultations/wall-clock.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import { aWorld, aClinicMember, aCoordinator, aSentCase, type Person } from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { consultation, consultationSlot } from '../../db/schema/consultations.ts'
import type { EmailRequest } from '../../mail/templates.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { clinicSlots, offerSlot, removeSlot } from './clinic-slots.ts'
import { cancelBookingForClinic } from './case-consultations.ts'
import { renderEmail } from '../../mail/templates.ts'
import { user } from '../../db/schema/auth.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { and } from 'drizzle-orm'

// Consultations end to end below the routes (issue 15, ADR 0047): a clinic
// offers slots on its own wall clock; the family books, moves and cancels;
// each change emails everyone an invitation that a real parser (ical.js)
// reads back at the right instant, with one UID and a rising SEQUENCE.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let coordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  coordinator = await aCoordinator(rt)
  // The server's database keeps earlier runs: the demo clinics start with no slots.
  await rt.database.db.delete(consultation)
  await rt.database.db.delete(consultationSlot)
})
afterAll(async () => {
  await rt?.cleanup()
})

const lotus = 'demo-lotus-neuro'
const rhein = 'demo-rheinufer'

const world = () => aWorld(rt)

/** A case sent to Lotus (India) and Rheinufer (Germany), and a desk member at each. */
async function aReferredCase() {
  const w = world()
  const sent = await aSentCase(rt, { letter: tinyPdf('Letter'), mri: dicomZip({ modality: 'MR' }) })
  const done = await (await w.as(coordinator, sent.caseId, 'coordinator')).sendToProviders([lotus, rhein])
  if (!done.ok) throw new Error(done.error.code)
  const lotusDesk = await aClinicMember(rt, lotus, 'lotus-desk', 'international-desk')
  const rheinDesk = await aClinicMember(rt, rhein, 'rhein-desk', 'international-desk')
  return { ...w, ...sent, lotusDesk, rheinDesk }
}

async function offer(
  deps: CaseDeps,
  who: Person,
  providerId: string,
  date: string,
  time: string,
  zone: string,
) {
  const offered = await offerSlot(deps, who.id as UserId, providerId, {
    date,
    time,
    minutes: '30',
    timeZone: zone,
  })
  if (!offered.ok) throw new Error(JSON.stringify(offered.error))
  return offered.value.slotId
}

function parse(email: EmailRequest) {
  const component = new ICAL.Component(ICAL.parse(email.invitation!.content))
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!)
  for (const tz of component.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(tz))
  const dtstart = component.getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!
  return {
    method: component.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    tzid: dtstart.getParameter('tzid'),
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
  }
}

describe('a clinic offering slots', () => {
  test('offers on its wall clock, keeps its zone, and sees only its own slots', async () => {
    const w = await aReferredCase()
    const id = await offer(w.deps, w.lotusDesk, lotus, '2027-03-28', '15:00', 'Asia/Calcutta')
    const mine = (await clinicSlots(w.deps, w.lotusDesk.id as UserId))!
    const slot = mine.slots.find((s) => s.id === id)!
    expect(slot.start.toISOString()).toBe('2027-03-28T09:30:00.000Z')
    expect(slot.timeZone).toBe('Asia/Kolkata')
    expect(mine.clinic?.timeZone).toBe('Asia/Kolkata')
    const theirs = (await clinicSlots(w.deps, w.rheinDesk.id as UserId))!
    expect(theirs.slots.some((s) => s.id === id)).toBe(false)
    // Another clinic's slot cannot be removed, nor a slot offered in its name.
    expect(await removeSlot(w.deps, w.rheinDesk.id as UserId, lotus, id)).toEqual({
      ok: false,
      error: { code: 'slot.not-found' },
    })
    const foreign = await offerSlot(w.deps, w.rheinDesk.id as UserId, lotus, {
      date: '2027-04-01',
      time: '10:00',
      minutes: '30',
      timeZone: 'Asia/Kolkata',
    })
    expect(foreign.ok ? null : foreign.error).toEqual({ code: 'slot.not-found' })
  })

  let day = 10
  test.each([
    [{ date: '2026-12-01', time: '10:00', minutes: '30', timeZone: 'Asia/Kolkata' }, 'slot.in-past', 'start'],
    [{ date: 'same', time: '10:15', minutes: '30', timeZone: 'Asia/Kolkata' }, 'slot.overlaps', 'start'],
    [
      { date: '2027-05-02', time: '10:00', minutes: '180', timeZone: 'Asia/Kolkata' },
      'slot.too-long',
      'minutes',
    ],
    [
      { date: '2027-05-02', time: '10:00', minutes: '0', timeZone: 'Asia/Kolkata' },
      'slot.duration-invalid',
      'minutes',
    ],
    [
      { date: '2027-02-30', time: '10:00', minutes: '30', timeZone: 'Asia/Kolkata' },
      'slot.date-invalid',
      'date',
    ],
    // A time that is not one is refused on the time, not the date.
    [
      { date: '2027-05-02', time: '25:00', minutes: '30', timeZone: 'Asia/Kolkata' },
      'slot.time-invalid',
      'time',
    ],
    [
      { date: '2027-05-02', time: '9am', minutes: '30', timeZone: 'Asia/Kolkata' },
      'slot.time-invalid',
      'time',
    ],
    [{ date: '', time: '', minutes: '30', timeZone: 'Asia/Kolkata' }, 'slot.date-invalid', 'date'],
    // The hour London's clocks skip: on the time, saying so.
    [
      { date: '2027-03-28', time: '01:30', minutes: '30', timeZone: 'Europe/London' },
      'slot.start-invalid',
      'time',
    ],
    [
      { date: '2027-05-02', time: '10:00', minutes: '30', timeZone: '+05:30' },
      'slot.time-zone-unknown',
      'timeZone',
    ],
  ])('refuses %o as %s on %s, saving nothing', async (input, code, field) => {
    const w = await aReferredCase()
    const base = `2027-05-${day++}`
    await offer(w.deps, w.lotusDesk, lotus, base, '10:00', 'Asia/Kolkata')
    const before = (await clinicSlots(w.deps, w.lotusDesk.id as UserId))!.slots.length
    const refused = await offerSlot(w.deps, w.lotusDesk.id as UserId, lotus, {
      ...input,
      date: input.date === 'same' ? base : input.date,
    })
    const problems = refused.ok ? [] : 'code' in refused.error ? [refused.error] : refused.error
    expect(problems[0]).toMatchObject({ code, field })
    expect((await clinicSlots(w.deps, w.lotusDesk.id as UserId))!.slots.length).toBe(before)
  })

  test('an empty form is refused on each of its fields at once', async () => {
    const w = await aReferredCase()
    const refused = await offerSlot(w.deps, w.lotusDesk.id as UserId, lotus, {
      date: '',
      time: '',
      minutes: '',
      timeZone: 'Asia/Kolkata',
    })
    expect(refused).toEqual({
      ok: false,
      error: [
        { code: 'slot.date-invalid', field: 'date' },
        { code: 'slot.time-invalid', field: 'time' },
        { code: 'slot.duration-invalid', field: 'minutes' },
      ],
    })
  })
})

describe('the family booking', () => {
  test('sees open referrals’ free slots, books one, and everyone gets an invitation at the right instant', async () => {
    const w = await aReferredCase()
    // The clinic in India (no daylight saving); the family reading in London,
    // whose clocks go forward on 28 March 2027: the same 15:00 IST is 09:30
    // in London on the 27th and 10:30 on the 29th.
    const before = await offer(w.deps, w.lotusDesk, lotus, '2027-03-27', '15:00', 'Asia/Kolkata')
    const after = await offer(w.deps, w.lotusDesk, lotus, '2027-03-29', '15:00', 'Asia/Kolkata')
    const family = await w.as(w.son, w.caseId, 'member')
    const seen = await family.consultations()
    expect(seen.freeSlots.map((s) => s.id)).toEqual(expect.arrayContaining([before, after]))

    const booked = await family.bookConsultation(before)
    expect(booked.ok).toBe(true)
    const [familyEmail] = w.emails.filter((e) => e.to === w.son.email && e.invitation)
    const clinicEmail = w.emails.find((e) => e.to === w.lotusDesk.email && e.invitation)!
    expect(familyEmail!.template).toBe('consultation-booked')
    expect(familyEmail!.params.timeZone).toBe('Asia/Amman')
    expect(clinicEmail.params.timeZone).toBe('Asia/Kolkata')
    // Each side's link opens where its bookings are: the case's for the family, the clinic's own slots.
    expect(familyEmail!.params.url).toMatch(new RegExp(`/patient/cases/${w.caseId}/consultations$`))
    expect(clinicEmail.params.url).toMatch(new RegExp(`/clinic/consultation-slots\\?clinic=${lotus}$`))
    expect(familyEmail!.params.meetingUrl).toMatch(/^https:\/\/meet\.jit\.si\/waypoint-[a-z2-7]{26}$/)
    // No health content: the email's words carry the reference, the time and the room only.
    expect(JSON.stringify(familyEmail)).not.toMatch(/ALS|amyotrophic|Neuro/i)

    const first = parse(familyEmail!)
    expect(first).toMatchObject({ method: 'REQUEST', sequence: 0, tzid: 'Asia/Kolkata' })
    expect(first.start.toISOString()).toBe('2027-03-27T09:30:00.000Z')
    expect(wallClock(first.start, 'Europe/London')).toMatchObject({ hour: 9, minute: 30 })
    expect(wallClock(first.start, 'Asia/Kolkata')).toMatchObject({ hour: 15, minute: 0 })

    // Moved across London's change: same UID, SEQUENCE 1, and 10:30 in London.
    w.emails.length = 0
    const consultationId = booked.ok ? booked.value.consultationId : ''
    const moved = await family.rescheduleConsultation(consultationId, after)
    expect(moved.ok).toBe(true)
    const second = parse(w.emails.find((e) => e.to === w.son.email)!)
    expect(second).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 1 })
    expect(second.start.toISOString()).toBe('2027-03-29T09:30:00.000Z')
    expect(wallClock(second.start, 'Europe/London')).toMatchObject({ hour: 10, minute: 30 })
    // The old slot is free again.
    expect((await family.consultations()).freeSlots.map((s) => s.id)).toContain(before)

    // Cancelled: METHOD:CANCEL, same UID, SEQUENCE 2; the email no longer invites anyone to join.
    w.emails.length = 0
    expect((await family.cancelConsultation(consultationId)).ok).toBe(true)
    const third = w.emails.find((e) => e.to === w.lotusDesk.email)!
    expect(parse(third)).toMatchObject({ method: 'CANCEL', uid: first.uid, sequence: 2 })
    expect(third.params.meetingUrl).toBeUndefined()
    expect(renderEmail(third).text).not.toContain('meet.jit.si')
    expect(third.invitation!.content).not.toContain('meet.jit.si')
    expect(await family.cancelConsultation(consultationId)).toEqual({
      ok: false,
      error: { code: 'consultation.cancelled', field: null },
    })
  })

  test('a referral that ends cancels its clinic’s consultation still to come, for both sides', async () => {
    const w = await aReferredCase()
    const slot = await offer(w.deps, w.rheinDesk, rhein, '2027-04-06', '10:00', 'Europe/Berlin')
    const family = await w.as(w.son, w.caseId, 'member')
    const booked = await family.bookConsultation(slot)
    if (!booked.ok) throw new Error(JSON.stringify(booked.error))
    w.emails.length = 0
    // Rheinufer declines the referral: its call with the family has no purpose left.
    const desk = await w.as(w.rheinDesk, w.caseId, 'clinic')
    await desk.openReferral()
    expect((await desk.decline('no-capacity')).ok).toBe(true)
    const [row] = await rt.database.db.select().from(consultation).where(eq(consultation.caseId, w.caseId))
    expect(row!.status).toBe('cancelled')
    const cancellations = w.emails.filter((e) => e.template === 'consultation-cancelled-referral-ended')
    const to = cancellations.map((e) => e.to)
    expect(to).toEqual(expect.arrayContaining([w.rheinDesk.email, w.son.email]))
    expect(to).not.toContain(w.lotusDesk.email)
    expect(parse(cancellations[0]!)).toMatchObject({ method: 'CANCEL', sequence: 1 })
    expect(renderEmail(cancellations[0]!).text).toContain('part in the case has ended')
  })

  test('a clinic in London across its own change: the invitation names Europe/London and keeps the instant', async () => {
    const w = await aReferredCase()
    const slot = await offer(w.deps, w.rheinDesk, rhein, '2027-03-28', '10:00', 'Europe/London')
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.bookConsultation(slot)).ok).toBe(true)
    const ics = parse(w.emails.find((e) => e.to === w.son.email && e.invitation)!)
    expect(ics.tzid).toBe('Europe/London')
    expect(ics.start.toISOString()).toBe('2027-03-28T09:00:00.000Z')
    expect(wallClock(ics.start, 'Asia/Amman')).toMatchObject({ hour: 12, minute: 0 })
  })

  test('refuses a taken slot, a second booking with one clinic, and removing a booked slot', async () => {
    const w = await aReferredCase()
    const other = await aReferredCase()
    const a = await offer(w.deps, w.lotusDesk, lotus, '2027-05-20', '10:00', 'Asia/Kolkata')
    const b = await offer(w.deps, w.lotusDesk, lotus, '2027-05-20', '11:00', 'Asia/Kolkata')
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.bookConsultation(a)).ok).toBe(true)
    expect(await family.bookConsultation(a)).toMatchObject({
      ok: false,
      error: { code: 'consultation.slot-taken', byThisCase: true },
    })
    expect(await family.bookConsultation(b)).toMatchObject({
      ok: false,
      error: { code: 'consultation.already-booked' },
    })
    const otherFamily = await other.as(other.son, other.caseId, 'member')
    expect(await otherFamily.bookConsultation(a)).toMatchObject({
      ok: false,
      error: { code: 'consultation.slot-taken', byThisCase: false },
    })
    // The clinic cannot remove a slot that is booked.
    expect(await removeSlot(w.deps, w.lotusDesk.id as UserId, lotus, a)).toMatchObject({
      ok: false,
      error: { code: 'slot.in-use' },
    })
    // The clinic reads its own consultations; the coordinator all of them.
    const clinic = await w.as(w.lotusDesk, w.caseId, 'clinic')
    expect((await clinic.consultations()).map((c) => c.slotId)).toEqual([a])
    expect((await (await w.as(coordinator, w.caseId, 'coordinator')).consultations()).length).toBe(1)
  })

  test.skipIf(engineUnderTest !== 'postgres')(
    'two tabs and two families pressing "book" at once end with exactly one booking',
    async () => {
      const w = await aReferredCase()
      const other = await aReferredCase()
      const slot = await offer(w.deps, w.lotusDesk, lotus, '2027-05-21', '10:00', 'Asia/Kolkata')
      const slot2 = await offer(w.deps, w.lotusDesk, lotus, '2027-05-21', '11:00', 'Asia/Kolkata')
      const tab = () => w.as(w.son, w.caseId, 'member')
      const theirs = await other.as(other.son, other.caseId, 'member')
      const results = await Promise.all([
        (await tab()).bookConsultation(slot),
        (await tab()).bookConsultation(slot),
        (await tab()).bookConsultation(slot2),
        theirs.bookConsultation(slot),
      ])
      expect(results.filter((r) => r.ok)).toHaveLength(results[3]!.ok ? 2 : 1)
      const rows = await rt.database.db.select().from(consultation).where(eq(consultation.status, 'booked'))
      expect(rows.filter((r) => r.slotId === slot)).toHaveLength(1)
      expect(rows.filter((r) => r.caseId === w.caseId)).toHaveLength(1)
    },
  )
})

describe('a clinic cancelling a booking', () => {
  async function aBooking(date: string) {
    const w = await aReferredCase()
    const slotId = await offer(w.deps, w.lotusDesk, lotus, date, '11:00', 'Asia/Kolkata')
    const family = await w.as(w.son, w.caseId, 'member')
    const booked = await family.bookConsultation(slotId)
    if (!booked.ok) throw new Error(booked.error.code)
    const first = parse(w.emails.find((e) => e.to === w.son.email && e.invitation)!)
    w.emails.length = 0
    return { ...w, family, slotId, consultationId: booked.value.consultationId, first }
  }
  const member = (p: Person) => ({ id: p.id as UserId, name: p.name, locale: 'en' })

  test('a member cancels with a reason: the family gets METHOD:CANCEL in their language, the slot is free', async () => {
    const w = await aBooking('2027-04-05')
    await rt.database.db.update(user).set({ locale: 'fr' }).where(eq(user.id, w.son.id))
    const mine = (await clinicSlots(w.deps, w.lotusDesk.id as UserId, lotus))!
    expect(mine.slots.find((s) => s.id === w.slotId)).toMatchObject({
      booked: true,
      consultationId: w.consultationId,
      bookedFor: { caseId: w.caseId, reference: expect.stringMatching(/^WP-/) },
    })
    const done = await cancelBookingForClinic(
      w.deps,
      member(w.lotusDesk),
      lotus,
      w.consultationId,
      'doctor-unavailable',
    )
    expect(done).toEqual({ ok: true, value: null })
    const familyEmail = w.emails.find((e) => e.to === w.son.email)!
    expect(familyEmail).toMatchObject({
      template: 'consultation-cancelled-by-clinic',
      locale: 'fr',
      params: { reason: 'doctor-unavailable' },
    })
    // The family's calendar removes the same event: same UID, SEQUENCE raised.
    expect(parse(familyEmail)).toMatchObject({ method: 'CANCEL', uid: w.first.uid, sequence: 1 })
    const text = renderEmail(familyEmail).text
    expect(text).toContain('Le médecin n’est pas disponible')
    expect(text).not.toMatch(/ALS|amyotrophic/i)
    // The family's page shows it cancelled, and the slot is free for another family.
    const seen = await w.family.consultations()
    expect(seen.consultations.find((c) => c.id === w.consultationId)?.status).toBe('cancelled')
    expect(seen.freeSlots.map((s) => s.id)).toContain(w.slotId)
    const [audit] = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'consultation.cancelled'), eq(auditEvent.subjectId, w.consultationId)))
    expect(audit).toMatchObject({
      actorUserId: w.lotusDesk.id,
      details: { by: 'clinic', reason: 'doctor-unavailable', sequence: 1 },
    })
    // Once cancelled, cancelling again is refused and nobody is emailed twice.
    w.emails.length = 0
    expect(
      await cancelBookingForClinic(w.deps, member(w.lotusDesk), lotus, w.consultationId, 'other'),
    ).toEqual({ ok: false, error: { code: 'consultation.cancelled', field: null } })
    expect(w.emails).toEqual([])
  })

  test('another clinic, a missing reason, or a consultation that has started are refused, nothing saved', async () => {
    const w = await aBooking('2027-04-06')
    const refused = (providerId: string, who: Person, reason: string, id = w.consultationId) =>
      cancelBookingForClinic(w.deps, member(who), providerId, id, reason)
    // Rheinufer's desk, in its own name or in Lotus's: not found.
    expect(await refused(rhein, w.rheinDesk, 'other')).toEqual({
      ok: false,
      error: { code: 'consultation.not-found' },
    })
    expect(await refused(lotus, w.rheinDesk, 'other')).toEqual({
      ok: false,
      error: { code: 'consultation.not-found' },
    })
    expect(await refused(lotus, w.lotusDesk, 'other', 'not-an-id')).toEqual({
      ok: false,
      error: { code: 'consultation.not-found' },
    })
    expect(await refused(lotus, w.lotusDesk, '')).toEqual({
      ok: false,
      error: { code: 'consultation.reason-missing', field: 'reason' },
    })
    // Once the call has begun it can no longer be called off.
    const during = aWorld(rt, new Date('2027-04-06T05:31:00Z'))
    expect(
      await cancelBookingForClinic(during.deps, member(w.lotusDesk), lotus, w.consultationId, 'other'),
    ).toEqual({ ok: false, error: { code: 'consultation.started', field: null } })
    const [row] = await rt.database.db
      .select()
      .from(consultation)
      .where(eq(consultation.id, w.consultationId))
    expect(row).toMatchObject({ status: 'booked', sequence: 0 })
    expect(w.emails).toEqual([])
  })

  test('the clinic and the family cancelling at the same moment end with one cancellation', async () => {
    const w = await aBooking('2027-04-07')
    const results = await Promise.all([
      cancelBookingForClinic(w.deps, member(w.lotusDesk), lotus, w.consultationId, 'clinic-closed'),
      w.family.cancelConsultation(w.consultationId),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'consultation.cancelled' } })
    const [row] = await rt.database.db
      .select()
      .from(consultation)
      .where(eq(consultation.id, w.consultationId))
    expect(row).toMatchObject({ status: 'cancelled', sequence: 1 })
  })
})
