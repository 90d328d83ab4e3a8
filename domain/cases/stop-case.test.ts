import { describe, expect, test } from 'vitest'
import { decideStop, isStoppable, mayStopCase, stopEndsFollowUp, stopLeavesBookings } from './stop-case.ts'

describe('stopping a case', () => {
  test('the patient and their representative may stop it; a caregiver may not', () => {
    expect(mayStopCase('patient')).toBe(true)
    expect(mayStopCase('representative')).toBe(true)
    expect(mayStopCase('caregiver')).toBe(false)
    expect(decideStop('caregiver', true)).toEqual({ ok: false, error: { code: 'case.stop-not-yours' } })
  })

  test('only with the box ticked', () => {
    expect(decideStop('patient', false)).toEqual({
      ok: false,
      error: { code: 'case.withdraw-not-confirmed', field: 'confirm-withdraw' },
    })
    expect(decideStop('representative', true)).toEqual({ ok: true, value: 'withdraw' })
  })

  test('an ended case has nothing left to stop', () => {
    expect(isStoppable('inquiry')).toBe(true)
    expect(isStoppable('plan-accepted')).toBe(true)
    expect(isStoppable('withdrawn')).toBe(false)
    expect(isStoppable('closed')).toBe(false)
    expect(isStoppable('not-eligible')).toBe(false)
  })

  test('follow-up is mentioned once care has begun', () => {
    expect(stopEndsFollowUp('plan-accepted')).toBe(false)
    expect(stopEndsFollowUp('follow-up')).toBe(true)
  })

  test('bookings are mentioned only once a plan was accepted', () => {
    expect(stopLeavesBookings('plan-proposed')).toBe(false)
    expect(stopLeavesBookings('plan-accepted')).toBe(true)
    expect(stopLeavesBookings('in-treatment')).toBe(true)
  })
})
