import { expect, test } from 'vitest'
import { whyNoPlan } from './plan-signer.ts'

const registered = { registrationNumber: 'DEMO-KMC-1187', registrationCouncil: 'Karnataka Medical Council' }

test('a plan is offered to a registered treating doctor while the clinic evaluates', () => {
  expect(whyNoPlan('evaluating', 'treating-doctor', registered)).toBeNull()
  expect(whyNoPlan('plan-proposed', 'treating-doctor', registered)).toBeNull()
})

test('otherwise the page says why: the moment first, then the role, then the registration', () => {
  expect(whyNoPlan('opened', 'treating-doctor', registered)).toBe('not-now')
  expect(whyNoPlan('accepted', 'international-desk', null)).toBe('not-now')
  expect(whyNoPlan('evaluating', 'international-desk', null)).toBe('not-a-doctor')
  expect(whyNoPlan('evaluating', 'clinic-administrator', registered)).toBe('not-a-doctor')
  expect(
    whyNoPlan('evaluating', 'treating-doctor', { registrationNumber: ' ', registrationCouncil: 'KMC' }),
  ).toBe('unregistered')
  expect(whyNoPlan('evaluating', 'treating-doctor', null)).toBe('unregistered')
})
