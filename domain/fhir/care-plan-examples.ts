import { defaultFollowUpSchedule } from '../follow-up/follow-up-schedule.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import type { HomeDoctorRecord } from './care-plan.ts'

/** A treated, discharged person with two adverse events and three ALSFRS-R totals: for tests and examples. */
export function aHomeDoctorRecord(overrides: Partial<HomeDoctorRecord> = {}): HomeDoctorRecord {
  return {
    caseId: 'case-hd-1',
    reference: 'WP-HD7K3M',
    generatedAt: new Date('2027-01-20T10:00:00Z'),
    patient: { name: 'Meera Iyer', birthYear: '1961' },
    condition: { kind: 'als', name: 'Amyotrophic lateral sclerosis' },
    provider: { name: 'Lotus Neuro Centre' },
    dischargedOn: '2026-12-18',
    treatment: {
      assessment: { id: 'assess-1', date: '2026-12-10', alsfrsTotal: 35, fvcPercent: 71.5, weightKg: 61.2 },
      sessions: [
        {
          id: 'session-1',
          date: '2026-12-11',
          procedure: 'Intrathecal infusion',
          route: 'intrathecal',
          dose: '2 ml',
          doctor: 'Dr A. Rao',
        },
        {
          id: 'session-2',
          date: '2026-12-14',
          procedure: 'Physiotherapy',
          route: 'not-applicable',
          dose: '',
          doctor: 'Dr B. Sen',
        },
      ],
      events: [
        {
          id: 'event-1',
          onset: '2026-12-12',
          grade: 3,
          ctcaeVersion: '5.0',
          serious: true,
          outcome: 'recovering',
          relation: 'possibly-related',
          description: 'Severe headache and vomiting',
          reportedAt: new Date('2026-12-12T10:00:00Z'),
        },
      ],
    },
    alsfrsHistory: [
      { id: 'intake', date: '2026-09-01', total: 36, when: 'home' },
      { id: 'check-in-1', date: '2027-01-18', total: 33, when: 'follow-up' },
    ],
    followUp: defaultFollowUpSchedule('2026-12-18' as CalendarDate),
    ...overrides,
  }
}
