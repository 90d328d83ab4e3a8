import { expect, test } from 'vitest'
import { caseStageForClinic } from './case-stage-for-clinic.ts'
import { referralStatuses } from './referral.ts'

test('a clinic still competing for the family’s choice does not learn that another clinic answered', () => {
  for (const status of referralStatuses.filter((s) => s !== 'accepted'))
    expect(caseStageForClinic('plan-proposed', status), status).toBeNull()
})

test('the clinic whose plan was accepted follows the case’s stage', () => {
  expect(caseStageForClinic('in-treatment', 'accepted')).toBe('in-treatment')
})
