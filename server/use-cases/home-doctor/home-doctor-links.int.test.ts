import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { r4Issues } from '#tests/support/fhir-r4.ts'
import {
  aCoordinator,
  aSeriousEvent,
  aTreatedPatient,
  dischargedBy,
  lotus,
  type Person,
} from '#tests/fixtures/builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { homeDoctorLink } from '../../db/schema/home-doctor.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { openHomeDoctorLink } from './home-doctor-links.ts'

// The home doctor's link (issue 17, ADR 0066): the patient's representative
// makes a link; the doctor reads the treatment, adverse events, ALSFRS-R and
// follow-up and nothing else; each read is in the patient's access log; the
// link stops at its expiry and when revoked (gone, never data); one case's
// link never reads another; guessing is throttled.
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

// Each test its own address, so the throttle counts only its own guesses.
const anAddress = () => `198.51.100.${randomBytes(1)[0]}-${randomBytes(4).toString('hex')}`
const tokenOf = (url: string) => url.split('/').at(-1)!

/** A case treated at Lotus and discharged: assessment, one session, one serious adverse event. */
async function aTreatedCase() {
  const w = await aTreatedPatient(rt, theCoordinator, { to: [lotus] })
  const reported = await (
    await w.lotusClinic()
  ).reportAdverseEvent(aSeriousEvent({ outcome: 'recovering' }), ['hospitalisation'])
  if (!reported.ok) throw new Error(`event refused: ${JSON.stringify(reported.error)}`)
  await dischargedBy(w, w.lotusDoctor)
  return w
}

describe(`the home doctor's link on ${engineUnderTest}`, () => {
  test('a link opens the treatment, the adverse event, the ALSFRS-R and the follow-up, and the read is logged', async () => {
    const w = await aTreatedCase()
    const made = await (await w.family()).createHomeDoctorLink({ doctor: 'Dr Martin, Amman', days: '30' })
    if (!made.ok) throw new Error(JSON.stringify(made.error))
    expect(made.value.url).toMatch(/^http:\/\/waypoint\.test\/home-doctor\/[A-Za-z0-9_-]{43}$/)
    // Only the hash is stored: the token is nowhere in the row.
    const [row] = await rt.database.db
      .select()
      .from(homeDoctorLink)
      .where(eq(homeDoctorLink.id, made.value.linkId))
    expect(JSON.stringify(row)).not.toContain(tokenOf(made.value.url))
    expect(JSON.stringify(row)).not.toContain('Martin')

    const opened = await openHomeDoctorLink(w.deps, tokenOf(made.value.url), {
      view: 'page',
      address: anAddress(),
    })
    if (opened.found !== 'live') throw new Error(opened.found)
    const { record } = opened.summary
    expect(record.provider).toEqual({ name: expect.any(String) })
    expect(record.treatment?.sessions.map((s) => [s.date, s.procedure])).toEqual([
      ['2026-12-11', 'Intrathecal infusion'],
    ])
    expect(record.treatment?.events.map((e) => [e.grade, e.ctcaeVersion, e.serious, e.outcome])).toEqual([
      [3, expect.any(String), true, 'recovering'],
    ])
    expect(record.dischargedOn).toBe('2026-12-12')
    expect(record.followUp.slice(0, 4).map((v) => v.dueOn)).toEqual([
      '2027-01-12',
      '2027-03-12',
      '2027-06-12',
      '2027-12-12',
    ])
    expect(record.alsfrsHistory.map((h) => [h.date, h.total])).toEqual([['2026-11-02', 36]])
    // The expiry is read in the family's zone (the intake's answer), which the page names.
    expect(opened.summary.timeZone).toBe('Asia/Amman')
    // The chart's course: the intake's score and the one on arrival, treatment from the first session.
    expect(opened.summary.outcome).toMatchObject({
      treatedOn: '2026-12-11',
      assessments: [
        { date: '2026-11-02', total: 36 },
        { date: '2026-12-10', total: 36 },
      ],
    })

    // The least needed: name and birth year; no contact, no full birth date, no documents or messages.
    expect(record.patient).toEqual({ name: 'Salma Haddad', birthYear: '1958' })
    const everything = JSON.stringify({ ...opened.summary, bundle: opened.bundle() })
    for (const absent of [
      '1958-04-12',
      'karim@example.test',
      'discharge.pdf',
      'Neurology letter',
      'passport',
    ])
      expect(everything).not.toContain(absent)
    expect(Object.keys(opened.summary.course.discharge ?? {})).not.toContain('filename')

    const bundle = opened.bundle()
    expect(r4Issues(bundle)).toEqual([])
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual(
      expect.arrayContaining([
        'Patient',
        'Condition',
        'CarePlan',
        'Procedure',
        'AdverseEvent',
        'Observation',
      ]),
    )

    await openHomeDoctorLink(w.deps, tokenOf(made.value.url), { view: 'fhir', address: anAddress() })
    const family = await w.family()
    const [link] = await family.homeDoctorLinks()
    expect(link).toMatchObject({ doctor: 'Dr Martin, Amman', standing: 'live' })
    expect(link!.accesses.map((a) => a.view)).toEqual(['fhir', 'page'])
    const log = await family.accessLog()
    expect(log.filter((v) => v.as === 'home-doctor').reduce((n, v) => n + v.count, 0)).toBe(2)
  })

  test('the link stops at its expiry, by the clock, and then shows nothing', async () => {
    const w = await aTreatedCase()
    const made = await (await w.family()).createHomeDoctorLink({ doctor: 'Dr Martin', days: '7' })
    if (!made.ok) throw new Error(JSON.stringify(made.error))
    const token = tokenOf(made.value.url)
    w.clock.advance(7 * 86_400_000 - 1000)
    expect((await openHomeDoctorLink(w.deps, token, { view: 'page', address: anAddress() })).found).toBe(
      'live',
    )
    w.clock.advance(1000)
    expect(await openHomeDoctorLink(w.deps, token, { view: 'page', address: anAddress() })).toEqual({
      found: 'gone',
    })
    expect(await openHomeDoctorLink(w.deps, token, { view: 'fhir', address: anAddress() })).toEqual({
      found: 'gone',
    })
    const [link] = await (await w.family()).homeDoctorLinks()
    expect(link).toMatchObject({ standing: 'expired' })
    expect(link!.accesses).toHaveLength(1)
  })

  test('a revoked link is gone at once; it cannot be revoked twice, nor from another case', async () => {
    const w = await aTreatedCase()
    const other = await aTreatedCase()
    const family = await w.family()
    const made = await family.createHomeDoctorLink({ doctor: 'Dr Martin', days: '90' })
    const theirs = await (await other.family()).createHomeDoctorLink({ doctor: 'Dr Other', days: '90' })
    if (!made.ok || !theirs.ok) throw new Error('not made')

    // Another case's token reads that case only; this family cannot revoke it.
    const opened = await openHomeDoctorLink(w.deps, tokenOf(theirs.value.url), {
      view: 'page',
      address: anAddress(),
    })
    expect(opened.found === 'live' && opened.summary.record.caseId).toBe(other.caseId)
    expect(await family.revokeHomeDoctorLink(theirs.value.linkId)).toEqual({
      ok: false,
      error: { code: 'home-doctor.link-not-found' },
    })

    expect(await family.revokeHomeDoctorLink(made.value.linkId)).toEqual({ ok: true, value: null })
    expect(
      await openHomeDoctorLink(w.deps, tokenOf(made.value.url), { view: 'page', address: anAddress() }),
    ).toEqual({
      found: 'gone',
    })
    expect((await family.revokeHomeDoctorLink(made.value.linkId)).ok).toBe(false)
    expect((await family.homeDoctorLinks())[0]).toMatchObject({ standing: 'revoked', accesses: [] })
  })

  test('bad input is refused on its field and nothing is saved', async () => {
    const w = await aTreatedCase()
    const family = await w.family()
    expect(await family.createHomeDoctorLink({ doctor: ' ', days: '365' })).toEqual({
      ok: false,
      error: [
        { code: 'home-doctor.doctor-missing', field: 'doctor' },
        { code: 'home-doctor.lifetime-invalid', field: 'days' },
      ],
    })
    expect(await family.homeDoctorLinks()).toEqual([])
  })

  test('guessing is throttled per address: after ten wrong tokens even a right one waits', async () => {
    const w = await aTreatedCase()
    const made = await (await w.family()).createHomeDoctorLink({ doctor: 'Dr Martin', days: '7' })
    if (!made.ok) throw new Error('not made')
    const address = anAddress()
    for (let i = 0; i < 10; i++) {
      const guess = randomBytes(32).toString('base64url')
      expect((await openHomeDoctorLink(w.deps, guess, { view: 'page', address })).found).toBe('none')
    }
    expect(
      await openHomeDoctorLink(w.deps, tokenOf(made.value.url), { view: 'page', address }),
    ).toMatchObject({
      found: 'throttled',
    })
    // Another address is not held back by these guesses.
    expect(
      (await openHomeDoctorLink(w.deps, tokenOf(made.value.url), { view: 'page', address: anAddress() }))
        .found,
    ).toBe('live')
  })
})
