import { expect, test } from 'vitest'
import { naturalHistory } from './natural-history.ts'

test('the reference band is a decline, slower edge first, around the PRO-ACT mean, with its sources', () => {
  const { band, meanDeclinePerMonth, sources, reviewDate } = naturalHistory
  expect(band.slowerPerMonth).toBeGreaterThan(0)
  expect(band.slowerPerMonth).toBeLessThan(band.fasterPerMonth)
  expect(meanDeclinePerMonth).toBe(1.02)
  expect(sources.map((s) => s.id)).toContain('atassi-2014-pro-act')
  expect(reviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
})
