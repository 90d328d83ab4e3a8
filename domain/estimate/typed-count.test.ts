import { expect, test } from 'vitest'
import { typedCount } from './typed-count.ts'

test('a whole number in range is taken, as typed in any language', () => {
  expect(typedCount('nights', '14', [0, 120], 7)).toEqual({ value: 14, problem: null })
  expect(typedCount('flight', '1 200', [0, 5000], 700)).toEqual({ value: 1200, problem: null })
  expect(typedCount('nights', '', [0, 120], 7)).toEqual({ value: 7, problem: null })
})

test.each(['abc', '-3', '1e30', '2.5', '121'])('%j is refused on its field, not replaced', (typed) => {
  expect(typedCount('nights', typed, [0, 120], 7)).toEqual({
    value: 7,
    problem: { field: 'nights', min: 0, max: 120 },
  })
})
