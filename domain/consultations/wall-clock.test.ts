import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { wallClock, wallClockRepeats } from './wall-clock.ts'

describe('the wall clock in a zone', () => {
  test.each([
    ['Europe/Berlin', '2026-03-29T00:59:59Z', { hour: 1, minute: 59, offsetMinutes: 60 }],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', { hour: 3, minute: 0, offsetMinutes: 120 }],
    ['America/New_York', '2027-03-14T06:59:00Z', { hour: 1, minute: 59, offsetMinutes: -300 }],
    ['America/New_York', '2027-03-14T07:00:00Z', { hour: 3, minute: 0, offsetMinutes: -240 }],
    ['Asia/Kolkata', '2027-03-14T07:00:00Z', { hour: 12, minute: 30, offsetMinutes: 330 }],
  ])('in %s at %s', (zone, at, expected) => {
    expect(wallClock(new Date(at), zone)).toMatchObject(expected)
  })

  test('the wall clock less its offset is the instant again, in every zone we try', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const at = new Date(Math.floor(ms / 1000) * 1000)
          const w = wallClock(at, zone)
          expect(
            Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - w.offsetMinutes * 60_000,
          ).toBe(at.getTime())
        },
      ),
    )
  })
})

describe('a wall-clock time that happens twice', () => {
  test.each([
    ['America/New_York', '2027-11-07T05:30:00Z', true], // 01:30 EDT, before the clocks go back
    ['America/New_York', '2027-11-07T06:30:00Z', true], // 01:30 EST, after
    ['America/New_York', '2027-11-07T07:30:00Z', false], // 02:30 EST happens once
    ['America/New_York', '2027-03-14T07:30:00Z', false], // 03:30 EDT, the morning the clocks go forward
    ['Europe/Berlin', '2026-10-25T00:30:00Z', true], // 02:30 CEST
    ['Europe/Berlin', '2026-10-25T02:30:00Z', false], // 03:30 CET
    ['Asia/Kolkata', '2026-10-25T00:30:00Z', false],
  ])('in %s at %s: %s', (zone, at, repeats) => {
    expect(wallClockRepeats(new Date(at), zone)).toBe(repeats)
  })
})
