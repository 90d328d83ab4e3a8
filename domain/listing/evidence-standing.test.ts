import { expect, test } from 'vitest'
import { evidenceStandings, isInvestigational } from './evidence-standing.ts'

test.each(evidenceStandings.map((s) => [s, s === 'in-trials' || s === 'unproven'] as const))(
  'a treatment whose evidence is %s is investigational: %s',
  (standing, expected) => {
    expect(isInvestigational(standing)).toBe(expected)
  },
)

test('no evidence record is not investigational by itself (the policy judges it on other grounds)', () => {
  expect(isInvestigational(undefined)).toBe(false)
})
