import { expect, test } from 'vitest'
import { mayChangeRecords, mayEditIntake } from './case-editing.ts'
import { caseStages, finalStages } from './case-stages.ts'

test.each(caseStages)('at %s: answers editable only while being prepared; records while open', (stage) => {
  expect(mayEditIntake(stage)).toBe(stage === 'inquiry')
  expect(mayChangeRecords(stage)).toBe(!finalStages.includes(stage))
})
