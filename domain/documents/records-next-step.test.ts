import { expect, test } from 'vitest'
import { recordsNextStep } from './records-next-step.ts'

test('before the family agrees to processing, the records page leads to that agreement', () => {
  expect(recordsNextStep(false)).toBe('consent')
})

test('once they agreed, it leads to choosing what each provider sees', () => {
  expect(recordsNextStep(true)).toBe('sharing')
})
