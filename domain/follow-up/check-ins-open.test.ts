import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { mayCheckIn, visitsAsSeen } from './check-ins-open.ts'
import type { VisitView } from './follow-up-view.ts'

const visit = (monthsAfter: number, status: VisitView['status']): VisitView => ({
  id: `v${monthsAfter}`,
  monthsAfter,
  dueOn: '2027-03-01' as CalendarDate,
  status,
  checkInId: status === 'done' ? `c${monthsAfter}` : null,
})

describe('check-ins end with the case', () => {
  it.each(['closed', 'withdrawn', 'not-eligible'] as const)('refuses a check-in on a %s case', (stage) => {
    expect(mayCheckIn(stage)).toEqual({ ok: false, error: { code: 'follow-up.case-closed', field: 'form' } })
  })

  it.each(['discharged', 'follow-up'] as const)('takes a check-in on a case in %s', (stage) => {
    expect(mayCheckIn(stage).ok).toBe(true)
  })

  it('shows an ended case’s visits not yet done as cancelled, keeping the ones done', () => {
    const plan = [visit(1, 'done'), visit(3, 'missed'), visit(6, 'due')]
    expect(visitsAsSeen(plan, 'closed').map((v) => v.status)).toEqual(['done', 'cancelled', 'cancelled'])
    expect(visitsAsSeen(plan, 'follow-up').map((v) => v.status)).toEqual(['done', 'missed', 'due'])
  })
})
