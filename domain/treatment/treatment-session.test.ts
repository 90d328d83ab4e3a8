import { expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { parseSession } from './treatment-session.ts'

const today = '2027-02-20' as CalendarDate
const assessedOn = '2027-02-10' as CalendarDate
const form = (o: Record<string, string> = {}) => ({
  date: '2027-02-12',
  procedure: 'Intrathecal infusion',
  route: 'intrathecal',
  dose: '2 ml',
  doctor: 'Dr A. Rao',
  ...o,
})

test('a session after the assessment is recorded with its dose and doctor', () => {
  expect(parseSession(form(), today, assessedOn)).toEqual({
    ok: true,
    value: {
      date: '2027-02-12',
      procedure: 'Intrathecal infusion',
      route: 'intrathecal',
      dose: '2 ml',
      doctor: 'Dr A. Rao',
    },
  })
})

test('a session before the assessment is refused on its date', () => {
  expect(parseSession(form({ date: '2027-02-09' }), today, assessedOn)).toEqual({
    ok: false,
    error: [{ code: 'treatment.session-before-assessment', field: 'date' }],
  })
})

test('a dose is optional; procedure, route and doctor are not', () => {
  const parsed = parseSession(
    form({ dose: '', procedure: ' ', route: 'by-magic', doctor: '' }),
    today,
    assessedOn,
  )
  expect(parsed).toEqual({
    ok: false,
    error: [
      { code: 'treatment.text-missing', field: 'procedure' },
      { code: 'treatment.choice-missing', field: 'route' },
      { code: 'treatment.text-missing', field: 'doctor' },
    ],
  })
})
