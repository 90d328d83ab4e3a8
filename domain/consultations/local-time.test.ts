import { describe, expect, test } from 'vitest'
import { instantOfLocal, localOfInstant, readLocalStart } from './local-time.ts'

describe('instantOfLocal', () => {
  test.each([
    ['Asia/Kolkata', '2027-03-28', '15:00', '2027-03-28T09:30:00.000Z'],
    ['Europe/London', '2027-03-27', '10:00', '2027-03-27T10:00:00.000Z'],
    ['Europe/London', '2027-03-28', '10:00', '2027-03-28T09:00:00.000Z'],
    ['America/New_York', '2027-07-01', '09:15', '2027-07-01T13:15:00.000Z'],
    // The fall-back hour happens twice: the first is meant.
    ['Europe/London', '2027-10-31', '01:30', '2027-10-31T00:30:00.000Z'],
  ])('%s %s %s is %s', (zone, date, time, iso) => {
    expect(instantOfLocal({ date, time }, zone)?.toISOString()).toBe(iso)
  })

  test.each([
    ['2027-03-28', '01:30', 'a skipped hour'],
    ['2027-02-30', '10:00', 'no such day'],
    ['2027-3-1', '10:00', 'a malformed date'],
    ['2027-03-01', '24:00', 'no such time'],
    ['', '', 'nothing'],
  ])('%s %s is refused (%s)', (date, time) => {
    expect(instantOfLocal({ date, time }, 'Europe/London')).toBeNull()
  })

  test('reads back what it wrote', () => {
    const at = instantOfLocal({ date: '2027-11-05', time: '18:45' }, 'Asia/Kolkata')!
    expect(localOfInstant(at, 'Asia/Kolkata')).toEqual({ date: '2027-11-05', time: '18:45' })
  })
})

test('a time typed without its leading zero, or in Arabic-Indic digits, is the same time', () => {
  const at = (date: string, time: string) => instantOfLocal({ date, time }, 'Asia/Kolkata')?.toISOString()
  expect(at('2027-03-27', '9:30')).toBe('2027-03-27T04:00:00.000Z')
  expect(at('٢٠٢٧-٠٣-٢٧', '٩:٣٠')).toBe('2027-03-27T04:00:00.000Z')
  expect(at('2027-03-27', '24:00')).toBeUndefined()
  expect(at('2027-03-27', '9:5')).toBeUndefined()
})

test('a typed start that names no instant says which field is wrong, every one at once', () => {
  expect(readLocalStart({ date: '2027-02-30', time: '10:00' }, 'Asia/Kolkata')).toEqual([
    { code: 'slot.date-invalid', field: 'date' },
  ])
  for (const time of ['25:00', '9am', ''])
    expect(readLocalStart({ date: '2027-05-02', time }, 'Asia/Kolkata'), time).toEqual([
      { code: 'slot.time-invalid', field: 'time' },
    ])
  expect(readLocalStart({ date: '', time: '' }, 'Asia/Kolkata')).toEqual([
    { code: 'slot.date-invalid', field: 'date' },
    { code: 'slot.time-invalid', field: 'time' },
  ])
  expect(readLocalStart({ date: '2027-03-28', time: '01:30' }, 'Europe/London')).toEqual([
    { code: 'slot.start-invalid', field: 'time' },
  ])
  expect(readLocalStart({ date: '2027-05-02', time: '9:30' }, 'Asia/Kolkata')).toEqual(
    new Date('2027-05-02T04:00:00Z'),
  )
})
