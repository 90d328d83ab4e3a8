// The median and a distribution-free confidence interval for it from order
// statistics: with n values sorted, [x(k), x(n−k+1)] covers the population
// median with probability 1 − 2·P(B ≤ k−1), B ~ Binomial(n, ½). No
// assumption about the shape of the distribution, no resampling, so the same
// cohort always gives the same interval (a bootstrap would need a seed and
// still vary with it).
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** P(B ≤ k) for B ~ Binomial(n, ½), exactly for the cohort sizes a registry has. */
export function binomialHalfCdf(n: number, k: number): number {
  let term = 0.5 ** n // C(n, 0) / 2^n
  let sum = 0
  for (let i = 0; i <= k; i++) {
    sum += term
    term = (term * (n - i)) / (i + 1)
  }
  return Math.min(1, sum)
}

export type MedianInterval = {
  low: number
  high: number
  /** The interval's exact coverage, at least the level asked for (order statistics move in steps). */
  coverage: number
}

/** The narrowest order-statistic interval with coverage ≥ level; null when n is too small for any. */
export function medianInterval(values: readonly number[], level = 0.95): MedianInterval | null {
  const n = values.length
  const tail = (1 - level) / 2
  let k = 0
  while (k + 1 <= n && binomialHalfCdf(n, k) <= tail) k++
  if (k === 0) return null
  const s = [...values].sort((a, b) => a - b)
  return { low: s[k - 1]!, high: s[n - k]!, coverage: 1 - 2 * binomialHalfCdf(n, k - 1) }
}
