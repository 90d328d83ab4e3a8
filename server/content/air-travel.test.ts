import { expect, test } from 'vitest'
import { airTravelRules } from './air-travel.ts'

// The reviewed fit-to-fly data reads, cites only known sources (checked on
// load), and says what ADR 0064 says.
test('the fit-to-fly thresholds are the reviewed ones', () => {
  expect(airTravelRules()).toMatchObject({ fvcBelowPercent: 50, fvcRecentDays: 90, bulbarItemAtOrBelow: 1 })
  expect(airTravelRules().sourceIds).toContain('bts-2022-air-travel')
})
