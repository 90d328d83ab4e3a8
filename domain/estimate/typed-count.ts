import { parseTypedNumber } from '../shared/typed-number.ts'

// The estimator's number fields (sessions, days, nights, people, the flight's
// price): a whole number within the range the estimate is good for. Anything
// else is said on its field, never quietly replaced by a default or a bound.

export type CountProblem = { field: string; min: number; max: number }

/** The whole number typed, the fallback when nothing was, or a problem for the field. */
export function typedCount(
  field: string,
  text: string | null,
  [min, max]: readonly [number, number],
  fallback: number,
): { value: number; problem: CountProblem | null } {
  if (text === null || text.trim() === '') return { value: fallback, problem: null }
  const plain = parseTypedNumber(text)
  const n = plain === null ? Number.NaN : Number(plain)
  return Number.isInteger(n) && n >= min && n <= max
    ? { value: n, problem: null }
    : { value: fallback, problem: { field, min, max } }
}
