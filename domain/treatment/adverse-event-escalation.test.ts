import { describe, expect, test } from 'vitest'
import {
  escalationDue,
  escalationReached,
  furthestEscalation,
  type EscalationFacts,
} from './adverse-event-escalation.ts'

const reported = new Date('2027-03-01T08:00:00Z')
const hoursLater = (h: number) => new Date(reported.getTime() + h * 3_600_000)
const anEvent = (o: Partial<EscalationFacts> = {}): EscalationFacts => ({
  serious: true,
  outcome: 'ongoing',
  updatedAt: reported,
  escalatedToAssignedAt: null,
  escalatedToAllAt: null,
  ...o,
})

describe('an unresolved serious adverse event escalates', () => {
  test('not before a day has passed without an update', () => {
    expect(escalationDue(anEvent(), hoursLater(23.9))).toBeNull()
  })

  test('to the assigned coordinator after a day', () => {
    expect(escalationDue(anEvent(), hoursLater(24))).toBe('assigned')
  })

  test('once: not again to the assigned coordinator before three days', () => {
    expect(escalationDue(anEvent({ escalatedToAssignedAt: hoursLater(24) }), hoursLater(71))).toBeNull()
  })

  test('to every coordinator after three days, once', () => {
    const first = anEvent({ escalatedToAssignedAt: hoursLater(24) })
    expect(escalationDue(first, hoursLater(72))).toBe('all')
    expect(escalationDue({ ...first, escalatedToAllAt: hoursLater(72) }, hoursLater(500))).toBeNull()
  })

  test('straight to every coordinator when three quiet days passed unseen by the job', () => {
    expect(escalationDue(anEvent(), hoursLater(80))).toBe('all')
  })

  test('an update restarts the clock for the stages still to come', () => {
    const updated = anEvent({ escalatedToAssignedAt: hoursLater(24), updatedAt: hoursLater(30) })
    expect(escalationDue(updated, hoursLater(80))).toBeNull()
    expect(escalationDue(updated, hoursLater(102))).toBe('all')
  })

  test.each(['resolved', 'resolvedWithSequelae', 'fatal'] as const)('never once %s', (outcome) => {
    expect(escalationDue(anEvent({ outcome }), hoursLater(100))).toBeNull()
  })

  test.each(['recovering', 'ongoing', 'unknown'] as const)('still while %s', (outcome) => {
    expect(escalationDue(anEvent({ outcome }), hoursLater(25))).toBe('assigned')
  })

  test('never for an event that is not serious', () => {
    expect(escalationDue(anEvent({ serious: false }), hoursLater(100))).toBeNull()
  })

  test('how far it went is shown', () => {
    expect(escalationReached(anEvent())).toBeNull()
    expect(escalationReached(anEvent({ escalatedToAssignedAt: reported }))).toBe('assigned')
    expect(escalationReached(anEvent({ escalatedToAssignedAt: reported, escalatedToAllAt: reported }))).toBe(
      'all',
    )
  })

  test('a case shows the furthest escalation of its open events', () => {
    expect(furthestEscalation([null, 'assigned', 'all'])).toBe('all')
    expect(furthestEscalation([null, 'assigned'])).toBe('assigned')
    expect(furthestEscalation([])).toBeNull()
  })
})
