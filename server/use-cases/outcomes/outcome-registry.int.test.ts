import { randomUUID } from 'node:crypto'
import { and, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays, monthsBetween } from '#domain/outcomes/calendar.ts'
import { REGISTRY_THRESHOLD } from '#domain/outcomes/cohort-figures.ts'
import { binomialHalfCdf } from '#domain/outcomes/median-interval.ts'
import type { DatedTotal } from '#domain/outcomes/slope.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { aCase, aClock, alsAnswersForAParent, aPatient } from '#tests/fixtures/builders.ts'
import {
  aListedKoreanCellOffer,
  removeListedOffers,
  type ListedCellOffer,
} from '#tests/fixtures/listed-cell-offer.ts'
import { engineUnderTest, eventually, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { openCaseKey, seal } from '../../cases/case-vault.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { caseOffer, patientCase, referral } from '../../db/schema/cases.ts'
import { adverseEvent, treatmentAssessment, treatmentSession } from '../../db/schema/treatment.ts'
import { findCase } from '../../stores/case-store.ts'
import { outcomeFiguresOf } from '../../stores/outcome-store.ts'
import { providerOutcomes } from './provider-outcomes.ts'
import { refreshOutcomeFigures } from './refresh-outcomes.ts'
import { registryScores } from './registry-scores.ts'

// The public outcome registry (issue 17, ADR 0067), on clinics of this file's
// own: the job reads each treated case as Waypoint itself, stores "below the
// threshold" and nothing else for a small cohort, stores and serves every
// figure for a cohort at the threshold, and purges the cached public pages.
//
// Six-month scores come only from follow-up check-ins, which are being built
// on another branch: the cohort at the threshold gets its post-treatment
// scores through the registry's one score-reading function (its test seam),
// on top of the intake and arrival scores read from the case as stored.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
const made: ListedCellOffer[] = []
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  if (rt) await removeListedOffers(rt.database.db, made)
  await rt?.cleanup()
})

async function aClinicWithAnOffer() {
  const listed = await aListedKoreanCellOffer(rt.database.db, new Date())
  made.push(listed)
  return listed
}

/**
 * A case treated at this clinic: intake answers (onset, an ALSFRS-R of 36 on
 * `intakeOn`) sealed with the case key as the intake pages seal them, the
 * family's chosen offer, an accepted referral, an optional assessment on
 * arrival, the sessions and adverse events.
 */
async function aTreatedCase(
  at: ListedCellOffer,
  o: {
    onset: string
    intakeOn: string
    arrival?: DatedTotal
    sessions: string[]
    events?: { onset: string; serious: boolean }[]
  },
): Promise<CaseId> {
  const db = rt.database.db
  const caseId = await aCase(rt, await aPatient(rt, 'treated'))
  const row = (await findCase(db, caseId))!
  const key = openCaseKey(row.wrappedKey, rt.masterKey)!
  const answers = { ...alsAnswersForAParent, 'first-symptoms': o.onset, 'alsfrs-date': o.intakeOn }
  await db
    .update(patientCase)
    .set({ answers: seal(key, answers) })
    .where(eq(patientCase.id, caseId))
  await db.insert(caseOffer).values({ caseId, offerId: at.offerId, position: 0 })
  const referralId = randomUUID()
  await db.insert(referral).values({
    id: referralId,
    caseId,
    providerId: at.providerId,
    status: 'accepted',
    answerDueAt: new Date(),
  })
  const now = new Date()
  if (o.arrival)
    await db.insert(treatmentAssessment).values({
      id: randomUUID(),
      caseId,
      referralId,
      providerId: at.providerId,
      assessedOn: o.arrival.date,
      sealed: seal(key, { alsfrs: { total: o.arrival.total }, changes: [] }),
      paused: false,
      createdAt: now,
    })
  for (const heldOn of o.sessions)
    await db.insert(treatmentSession).values({
      id: randomUUID(),
      caseId,
      providerId: at.providerId,
      heldOn,
      route: 'intrathecal',
      sealed: seal(key, { procedure: 'Infusion', dose: '2 ml', doctor: 'Dr Test' }),
      createdAt: now,
    })
  for (const e of o.events ?? [])
    await db.insert(adverseEvent).values({
      id: randomUUID(),
      caseId,
      reporter: 'clinic',
      providerId: at.providerId,
      onsetOn: e.onset,
      grade: e.serious ? 3 : 1,
      ctcaeVersion: '5.0',
      serious: e.serious,
      outcome: 'resolved',
      actionTaken: 'none',
      relation: 'unknown',
      sealed: seal(key, { description: 'Headache', criteria: [] }),
      createdAt: now,
      updatedAt: now,
    })
  return caseId
}

const registryReads = (caseIds: readonly string[]) =>
  rt.database.db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.action, 'outcomes.case-read'), inArray(auditEvent.subjectId, [...caseIds])))

describe(`the outcome registry on ${engineUnderTest}`, () => {
  test('the refresh is scheduled once a day, once across instances', async () => {
    const schedules = await rt.jobs.boss.getSchedules()
    expect(schedules.filter((s) => s.name === 'outcomes.refresh').map((s) => s.cron)).toEqual(['23 3 * * *'])
  })

  test('a small cohort is stored as below the threshold and nothing else, by the queued job', async () => {
    const clinic = await aClinicWithAnOffer()
    const treated = [
      await aTreatedCase(clinic, {
        onset: '2025-03-01',
        intakeOn: '2026-10-01',
        arrival: { date: '2026-11-02', total: 34 },
        sessions: ['2026-11-03', '2026-11-04'],
        events: [{ onset: '2026-11-05', serious: true }],
      }),
      await aTreatedCase(clinic, { onset: '2025-06-01', intakeOn: '2026-10-15', sessions: ['2026-11-10'] }),
    ]
    // Accepted, but never treated: not in the cohort, and not read.
    const untreated = await aTreatedCase(clinic, {
      onset: '2025-06-01',
      intakeOn: '2026-10-15',
      sessions: [],
    })

    await rt.jobs.refreshOutcomes([clinic.providerId])
    const [row] = await eventually(async () => {
      const rows = await outcomeFiguresOf(rt.database.db, [clinic.providerId])
      return rows.length > 0 ? rows : null
    })
    expect(row).toMatchObject({
      providerId: clinic.providerId,
      offerId: clinic.offerId,
      shown: false,
      threshold: REGISTRY_THRESHOLD,
      figures: null,
    })
    expect(row!.computedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // What the public page gets: the fact, never a count.
    const page = await providerOutcomes(rt, clinic.slug)
    expect(page?.offers).toEqual([
      {
        offerId: clinic.offerId,
        title: expect.any(String),
        computedOn: row!.computedOn,
        outcome: { shown: false, threshold: REGISTRY_THRESHOLD, figures: null },
      },
    ])

    // Each treated case read once, as the system, with identifiers only.
    const reads = await registryReads([...treated, untreated])
    expect(reads.map((r) => r.subjectId).sort()).toEqual([...treated].sort())
    for (const r of reads) {
      expect(r.actorUserId).toBeNull()
      expect(r.details).toEqual({
        by: 'system',
        actor: 'system',
        job: 'outcome-registry',
        providerId: clinic.providerId,
      })
    }
  })

  test('the registry reads the intake and the assessment on arrival from the case', async () => {
    const clinic = await aClinicWithAnOffer()
    const caseId = await aTreatedCase(clinic, {
      onset: '2025-03-01',
      intakeOn: '2026-10-01',
      arrival: { date: '2026-11-02', total: 34 },
      sessions: ['2026-11-03'],
    })
    const seen: DatedTotal[][] = []
    await refreshOutcomeFigures(
      { db: rt.database.db, clock: aClock(new Date('2026-12-01T12:00:00Z')), keys: { master: rt.masterKey } },
      {
        providerIds: [clinic.providerId],
        scores: async (db, ctx, course) => {
          const scores = await registryScores(db, ctx, course)
          if (ctx.row.id === caseId) seen.push(scores)
          return scores
        },
      },
    )
    expect(seen).toEqual([
      [
        { date: '2026-10-01', total: 36 },
        { date: '2026-11-02', total: 34 },
      ],
    ])
  })

  test('a cohort at the threshold is stored with every figure, shown, and the cached pages purged', async () => {
    const clinic = await aClinicWithAnOffer()
    const onset = '2025-01-01'
    const intakeOn = '2026-01-01' // 365 days after onset, 12 points lost: before = −12/365 points a day
    const treatedOn = '2026-01-10'
    const sixMonthDay = addDays(treatedOn, 183)
    const laterScores = new Map<string, DatedTotal[]>()
    // Twelve treated: person i (0–9) lost i points by month 6; 10 and 11 went silent.
    for (let i = 0; i < 12; i++) {
      const caseId = await aTreatedCase(clinic, {
        onset,
        intakeOn,
        sessions: [treatedOn, addDays(treatedOn, 7)],
        events:
          i === 3
            ? [
                { onset: '2026-02-01', serious: true },
                { onset: '2026-03-01', serious: true },
                { onset: '2026-03-02', serious: false },
                { onset: '2027-06-01', serious: true }, // after the day of the figures
              ]
            : [],
      })
      if (i < 10) laterScores.set(caseId, [{ date: sixMonthDay, total: 36 - i }])
    }
    await aTreatedCase(clinic, { onset, intakeOn, sessions: [] }) // accepted, never treated

    let purges = 0
    const stop = rt.listingChanges.subscribe(() => void purges++)
    const summary = await refreshOutcomeFigures(
      { db: rt.database.db, clock: aClock(new Date('2027-03-01T12:00:00Z')), keys: { master: rt.masterKey } },
      {
        providerIds: [clinic.providerId],
        scores: async (db, ctx, course) => [
          ...(await registryScores(db, ctx, course)),
          ...(laterScores.get(ctx.row.id) ?? []),
        ],
      },
    )
    expect(summary).toEqual({ cohorts: 1, shown: 1, read: 12, skipped: 0 })
    await eventually(async () => purges > 0)
    stop()

    const month = 30.4375
    const before = (-12 / 365) * month
    const change = (i: number) => -i / monthsBetween(intakeOn, sixMonthDay)! - before
    const [row] = await outcomeFiguresOf(rt.database.db, [clinic.providerId])
    expect(row).toMatchObject({ computedOn: '2027-03-01', shown: true, threshold: REGISTRY_THRESHOLD })
    const f = row!.figures!
    expect(f.treated).toBe(12)
    expect(f.sixMonths).toEqual({ due: 12, withData: 10, lost: 2, notYetDue: 0 })
    // No one answered at month 12: all twelve are lost, none counted as doing well.
    expect(f.twelveMonths).toEqual({ due: 12, withData: 0, lost: 12, notYetDue: 0 })
    expect(f.seriousAdverseEvents).toBe(2)
    expect(f.slopeChange.people).toBe(10)
    // Ten values: the median is the mean of the 5th and 6th (i = 5 and 4).
    expect(f.slopeChange.median).toBeCloseTo((change(5) + change(4)) / 2, 10)
    // n = 10: the 2nd and 9th values (i = 8 and 1), coverage 1 − 2·P(B ≤ 1).
    expect(f.slopeChange.interval?.low).toBeCloseTo(change(8), 10)
    expect(f.slopeChange.interval?.high).toBeCloseTo(change(1), 10)
    expect(f.slopeChange.interval?.coverage).toBe(1 - 2 * binomialHalfCdf(10, 1))

    const page = await providerOutcomes(rt, clinic.slug)
    expect(page?.offers[0]?.outcome).toEqual({ shown: true, threshold: REGISTRY_THRESHOLD, figures: f })
  })

  test('a refresh of one clinic leaves another clinic’s figures alone, and a gone cohort leaves no row', async () => {
    const one = await aClinicWithAnOffer()
    const other = await aClinicWithAnOffer()
    await aTreatedCase(one, { onset: '2025-01-01', intakeOn: '2026-01-01', sessions: ['2026-01-10'] })
    const otherCase = await aTreatedCase(other, {
      onset: '2025-01-01',
      intakeOn: '2026-01-01',
      sessions: ['2026-01-10'],
    })
    const deps = {
      db: rt.database.db,
      clock: aClock(new Date('2026-12-01T00:00:00Z')),
      keys: { master: rt.masterKey },
    }
    await refreshOutcomeFigures(deps, { providerIds: [one.providerId, other.providerId] })
    expect(await outcomeFiguresOf(rt.database.db, [one.providerId, other.providerId])).toHaveLength(2)

    // The other clinic's only patient is erased: its cohort is gone on the next refresh of that clinic.
    await rt.database.db
      .update(patientCase)
      .set({ erasedAt: new Date(), wrappedKey: null })
      .where(eq(patientCase.id, otherCase))
    await refreshOutcomeFigures(deps, { providerIds: [other.providerId] })
    expect(
      (await outcomeFiguresOf(rt.database.db, [one.providerId, other.providerId])).map((r) => r.providerId),
    ).toEqual([one.providerId])
  })
})
