import { expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import {
  courseStatus,
  courseTakesPlanChange,
  dischargeDateProblems,
  mayDischarge,
  mayRecordSession,
  type CourseFacts,
} from './treatment-course.ts'
import { functionBesideEvent } from './function-beside-event.ts'

const assessed = (paused: boolean, coordinator = false, family = false): CourseFacts => ({
  assessment: {
    date: '2027-02-10' as CalendarDate,
    paused,
    coordinatorAcknowledged: coordinator,
    familyAcknowledged: family,
  },
  sessions: 0,
  discharged: false,
})

test('no session before an assessment', () => {
  expect(mayRecordSession({ assessment: null, sessions: 0, discharged: false })).toMatchObject({
    ok: false,
    error: { code: 'treatment.assessment-missing' },
  })
})

test('a paused plan takes no session until both the coordinator and the family have acknowledged it', () => {
  expect(courseStatus(assessed(true))).toBe('paused')
  expect(mayRecordSession(assessed(true, true, false))).toMatchObject({
    ok: false,
    error: { code: 'treatment.plan-paused' },
  })
  expect(mayRecordSession(assessed(true, false, true))).toMatchObject({
    ok: false,
    error: { code: 'treatment.plan-paused' },
  })
  expect(mayRecordSession(assessed(true, true, true))).toEqual({ ok: true, value: '2027-02-10' })
  expect(courseStatus(assessed(true, true, true))).toBe('ready')
})

test('discharge needs at least one session, and ends the course', () => {
  expect(mayDischarge(assessed(false))).toMatchObject({
    ok: false,
    error: { code: 'treatment.sessions-missing' },
  })
  expect(mayDischarge({ ...assessed(false), sessions: 1 })).toEqual({ ok: true, value: '2027-02-10' })
  const done = { ...assessed(false), sessions: 1, discharged: true }
  expect(courseStatus(done)).toBe('discharged')
  expect(mayRecordSession(done)).toMatchObject({ ok: false, error: { code: 'treatment.discharged' } })
})

test('a discharge is dated no earlier than the assessment and the last session', () => {
  const treated = { ...assessed(false), sessions: 2, lastSessionOn: '2027-02-14' as CalendarDate }
  const earliest = mayDischarge(treated)
  expect(earliest).toEqual({ ok: true, value: '2027-02-14' })
  if (!earliest.ok) return
  expect(dischargeDateProblems('2027-02-13' as CalendarDate, earliest.value)).toEqual([
    { code: 'treatment.discharge-before-care', field: 'date' },
  ])
  expect(dischargeDateProblems('2027-02-14' as CalendarDate, earliest.value)).toEqual([])
})

test('a recorded death ends the course: no session, no discharge, no changed plan offered', () => {
  const died = { ...assessed(false), sessions: 1, died: true }
  expect(courseTakesPlanChange({ status: courseStatus(died), assessment: {} })).toBe(false)
  expect(courseTakesPlanChange({ status: 'in-treatment', assessment: {} })).toBe(true)
  expect(courseTakesPlanChange({ status: 'ready', assessment: null })).toBe(false)
  expect(courseStatus(died)).toBe('died')
  expect(mayRecordSession(died)).toMatchObject({ ok: false, error: { code: 'treatment.patient-died' } })
  expect(mayDischarge(died)).toMatchObject({ ok: false, error: { code: 'treatment.patient-died' } })
})

test('an adverse event is shown beside the latest ALSFRS-R known at its onset and the change from home', () => {
  const home = { date: '2026-11-02', total: 36 }
  const arrival = { date: '2027-02-10', total: 33 }
  expect(functionBesideEvent('2027-02-13', home, [arrival])).toEqual({
    latest: arrival,
    baseline: home,
    change: -3,
  })
  expect(functionBesideEvent('2027-01-01', home, [arrival])).toEqual({
    latest: home,
    baseline: home,
    change: 0,
  })
  expect(functionBesideEvent('2027-01-01', null, [arrival])).toBeNull()
})

test('sessions and discharge wait while a changed price awaits the family', () => {
  const f = { ...assessed(false), sessions: 1, revisionPending: true }
  expect(courseStatus(f)).toBe('awaiting-acceptance')
  expect(mayRecordSession(f)).toMatchObject({ ok: false, error: { code: 'treatment.revision-pending' } })
  expect(mayDischarge(f)).toMatchObject({ ok: false, error: { code: 'treatment.revision-pending' } })
  expect(mayRecordSession({ ...f, revisionPending: false })).toMatchObject({ ok: true })
})
