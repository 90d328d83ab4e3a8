import { describe, expect, test } from 'vitest'
import { checkTreatmentPlan, type SigningDoctor, type TreatmentPlanInput } from './treatment-plan.ts'

const plan: TreatmentPlanInput = {
  protocol: 'Multidisciplinary assessment, then four sessions of respiratory physiotherapy.',
  schedule: 'Days 1–2 assessment; days 3–6 sessions.',
  sessions: '4',
  lengthOfStayDays: '7',
  pretreatmentTests: '',
  aftercare: 'A written care plan for the home neurologist.',
}
const doctor: SigningDoctor = {
  name: 'Dr Weber',
  registrationNumber: 'NRW-42',
  registrationCouncil: 'Ärztekammer Nordrhein',
}

describe('checking a treatment plan', () => {
  test('a complete plan, signed by a registered doctor, is kept with the doctor’s registration', () => {
    expect(checkTreatmentPlan(plan, doctor)).toEqual({
      ok: true,
      value: {
        ...plan,
        sessions: 4,
        lengthOfStayDays: 7,
        doctor: {
          name: 'Dr Weber',
          registrationNumber: 'NRW-42',
          registrationCouncil: 'Ärztekammer Nordrhein',
        },
      },
    })
  })

  test.each([
    ['no protocol', { protocol: '  ' }, { code: 'plan.text-missing', field: 'protocol' }],
    ['no aftercare', { aftercare: '' }, { code: 'plan.text-missing', field: 'aftercare' }],
    ['no sessions', { sessions: '0' }, { code: 'plan.sessions-invalid', max: 1000, field: 'sessions' }],
    ['half a session', { sessions: '1.5' }, { code: 'plan.sessions-invalid', max: 1000, field: 'sessions' }],
    [
      'a negative stay',
      { lengthOfStayDays: '-1' },
      { code: 'plan.stay-invalid', max: 365, field: 'lengthOfStayDays' },
    ],
    [
      'no stay at all (the family travels for it)',
      { lengthOfStayDays: '0' },
      { code: 'plan.stay-invalid', max: 365, field: 'lengthOfStayDays' },
    ],
    [
      'a stay over a year',
      { lengthOfStayDays: '400' },
      { code: 'plan.stay-invalid', max: 365, field: 'lengthOfStayDays' },
    ],
    [
      'a protocol too long',
      { protocol: 'x'.repeat(4001) },
      { code: 'plan.text-too-long', max: 4000, field: 'protocol' },
    ],
  ])('%s is refused on its field', (_, change, problem) => {
    expect(checkTreatmentPlan({ ...plan, ...change }, doctor)).toEqual({ ok: false, error: [problem] })
  })

  test('numbers typed in Arabic-Indic digits read as the same numbers', () => {
    expect(checkTreatmentPlan({ ...plan, sessions: '٣', lengthOfStayDays: '١٠' }, doctor)).toMatchObject({
      ok: true,
      value: { sessions: 3, lengthOfStayDays: 10 },
    })
  })

  test('a doctor without a recorded registration cannot sign', () => {
    expect(checkTreatmentPlan(plan, { ...doctor, registrationCouncil: null })).toEqual({
      ok: false,
      error: [{ code: 'plan.doctor-unregistered', field: 'doctor' }],
    })
  })
})
