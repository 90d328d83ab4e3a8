import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { reminderKey, remindersToSend, visitFulfilledBy, type VisitForReminders } from './reminders.ts'

const d = (s: string) => s as CalendarDate
const visit = (o: Partial<VisitForReminders> = {}): VisitForReminders => ({
  id: 'v1',
  dueOn: d('2027-02-01'),
  status: 'due',
  ...o,
})

describe('follow-up reminders', () => {
  it('sends nothing before the visit is due', () => {
    expect(remindersToSend([visit()], d('2027-01-31'), new Set())).toEqual([])
  })

  it('reminds on the due day, once', () => {
    expect(remindersToSend([visit()], d('2027-02-01'), new Set())).toEqual([{ visitId: 'v1', kind: 'due' }])
    expect(remindersToSend([visit()], d('2027-02-05'), new Set([reminderKey('v1', 'due')]))).toEqual([])
  })

  it('reminds again a week later, once', () => {
    const sent = new Set([reminderKey('v1', 'due')])
    expect(remindersToSend([visit()], d('2027-02-08'), sent)).toEqual([{ visitId: 'v1', kind: 'again' }])
    sent.add(reminderKey('v1', 'again'))
    expect(remindersToSend([visit()], d('2027-02-21'), sent)).toEqual([])
  })

  it('marks the visit missed three weeks past due, and escalates once', () => {
    const sent = new Set([reminderKey('v1', 'due'), reminderKey('v1', 'again')])
    expect(remindersToSend([visit()], d('2027-02-22'), sent)).toEqual([{ visitId: 'v1', kind: 'missed' }])
    sent.add(reminderKey('v1', 'missed'))
    expect(remindersToSend([visit()], d('2027-03-30'), sent)).toEqual([])
  })

  it('after a pause sends only the step reached now', () => {
    expect(remindersToSend([visit()], d('2027-02-10'), new Set())).toEqual([{ visitId: 'v1', kind: 'again' }])
  })

  it('leaves done and missed visits alone: a check-in stops the reminders', () => {
    const visits = [visit({ status: 'done' }), visit({ id: 'v2', status: 'missed' })]
    expect(remindersToSend(visits, d('2027-02-08'), new Set())).toEqual([])
  })
})

describe('which visit a check-in fulfils', () => {
  const visits = [
    visit({ id: 'm1', dueOn: d('2027-02-01'), status: 'done' }),
    visit({ id: 'm3', dueOn: d('2027-04-01'), status: 'missed' }),
    visit({ id: 'm6', dueOn: d('2027-07-01') }),
  ]
  it('the earliest open one, a missed one included', () => {
    expect(visitFulfilledBy(visits, d('2027-05-01'))?.id).toBe('m3')
  })
  it('a visit due within two weeks, but not one further off', () => {
    expect(visitFulfilledBy(visits.slice(2), d('2027-06-17'))?.id).toBe('m6')
    expect(visitFulfilledBy(visits.slice(2), d('2027-06-16'))).toBeNull()
  })
})
