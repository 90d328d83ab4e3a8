import { expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { isUnresolvedSerious, parseAdverseEvent } from './adverse-event.ts'

const today = '2027-02-20' as CalendarDate
const acceptedOn = '2027-02-01' as CalendarDate
const form = (o: Record<string, string> = {}) => ({
  description: 'Headache after the infusion',
  onset: '2027-02-13',
  grade: '2',
  outcome: 'recovering',
  action: 'medicine-given',
  relation: 'possibly-related',
  ...o,
})

test('a grade 2 event with no criterion is not serious; its CTCAE version is kept', () => {
  expect(parseAdverseEvent(form(), [], today, acceptedOn)).toMatchObject({
    ok: true,
    value: { grade: 2, ctcaeVersion: '5.0', serious: false, criteria: [] },
  })
})

test('grade 3 or more is serious', () => {
  expect(parseAdverseEvent(form({ grade: '3' }), [], today, acceptedOn)).toMatchObject({
    ok: true,
    value: { serious: true },
  })
})

test('a grade 2 event that keeps someone in hospital is serious', () => {
  expect(parseAdverseEvent(form(), ['hospitalisation', 'made-up'], today, acceptedOn)).toMatchObject({
    ok: true,
    value: { serious: true, criteria: ['hospitalisation'] },
  })
})

test.each([
  ['no grade', { grade: '' }, 'treatment.grade-missing', 'grade'],
  ['grade 6', { grade: '6' }, 'treatment.grade-invalid', 'grade'],
  ['grade 0', { grade: '0' }, 'treatment.grade-invalid', 'grade'],
  ['an onset in the future', { onset: '2027-02-21' }, 'treatment.date-future', 'onset'],
  ['no description', { description: '' }, 'treatment.text-missing', 'description'],
  ['grade 5 that was not fatal', { grade: '5' }, 'treatment.grade-5-not-fatal', 'outcome'],
  ['no outcome', { outcome: '' }, 'treatment.choice-missing', 'outcome'],
  [
    'an onset before the plan was accepted',
    { onset: '2027-01-31' },
    'treatment.event-before-acceptance',
    'onset',
  ],
])('%s is refused on its field', (_, change, code, field) => {
  expect(parseAdverseEvent(form(change), [], today, acceptedOn)).toEqual({
    ok: false,
    error: [{ code, field }],
  })
})

test('“it led to death” stands only beside the outcome death', () => {
  expect(parseAdverseEvent(form({ grade: '1', outcome: 'resolved' }), ['death'], today, acceptedOn)).toEqual({
    ok: false,
    error: [{ code: 'treatment.death-not-fatal', field: 'outcome' }],
  })
  expect(
    parseAdverseEvent(form({ grade: '4', outcome: 'fatal' }), ['death'], today, acceptedOn),
  ).toMatchObject({
    ok: true,
    value: { serious: true, criteria: ['death'] },
  })
})

test('an event may begin on the day the plan was accepted', () => {
  expect(parseAdverseEvent(form({ onset: acceptedOn }), [], today, acceptedOn).ok).toBe(true)
})

test('a serious event stays unresolved until it has resolved (or ended in death)', () => {
  expect(isUnresolvedSerious({ serious: true, outcome: 'ongoing' })).toBe(true)
  expect(isUnresolvedSerious({ serious: true, outcome: 'recovering' })).toBe(true)
  expect(isUnresolvedSerious({ serious: true, outcome: 'resolved' })).toBe(false)
  expect(isUnresolvedSerious({ serious: false, outcome: 'ongoing' })).toBe(false)
})
