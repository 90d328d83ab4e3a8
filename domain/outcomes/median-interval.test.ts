import { describe, expect, test } from 'vitest'
import { binomialHalfCdf, median, medianInterval } from './median-interval.ts'

describe('median and its order-statistic interval', () => {
  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })

  test('binomial(n, ½) tail sums are exact', () => {
    expect(binomialHalfCdf(10, 1)).toBe(11 / 1024)
    expect(binomialHalfCdf(10, 10)).toBe(1)
  })

  test('10 values: the 2nd and 9th, covering 97.85%', () => {
    const values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    expect(medianInterval(values)).toEqual({ low: 2, high: 9, coverage: 1 - 2 * (11 / 1024) })
  })

  test('12 values: the 3rd and 10th', () => {
    const values = Array.from({ length: 12 }, (_, i) => i + 1)
    expect(medianInterval(values)).toEqual({ low: 3, high: 10, coverage: 1 - 2 * (79 / 4096) })
  })

  test('too few values for a 95% interval give none', () => {
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull()
    expect(medianInterval([1, 2, 3, 4, 5, 6])).toEqual({ low: 1, high: 6, coverage: 1 - 2 / 64 })
  })
})
