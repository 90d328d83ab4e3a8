import { expect, test } from 'vitest'
import { deltaFs } from './delta-fs.ts'
import { progressionCategory } from './progression-category.ts'

// Slower below 0.50, intermediate 0.50 to 1.00 inclusive, faster above 1.00,
// applied to the rate as shown (rounded to 2 decimals).
test.each([
  [0, 'slower'],
  [0.25, 'slower'],
  [0.49, 'slower'],
  [0.4949, 'slower'], // shown 0.49
  [0.495, 'intermediate'], // shown 0.50
  [0.5, 'intermediate'],
  [0.67, 'intermediate'],
  [1.0, 'intermediate'],
  [1.0049, 'intermediate'], // shown 1.00
  [1.005, 'faster'], // shown 1.01
  [1.01, 'faster'],
  [2.5, 'faster'],
])('%d points a month is %s', (rate, category) => {
  expect(progressionCategory(rate)).toBe(category)
})

test('a ΔFS shown as 1.00 is never labelled faster', () => {
  // 12 points over 365 days is 1.000685 a month, shown 1.00.
  const r = deltaFs({ total: 36, symptomOnset: '2023-01-15', assessedOn: '2024-01-15' })
  expect(r.ok && r.value).toBeGreaterThan(1)
  expect(r.ok && progressionCategory(r.value)).toBe('intermediate')
})
