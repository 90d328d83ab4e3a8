import type { CurrencyCode } from './currencies.ts'
import { MAX_MINOR } from './money.ts'
import { QUANTITY_SCALE, type QuoteLine } from './quote-line.ts'

// Waypoint's fee is shown on every quote as its own line (product brief: what
// Waypoint earns on a quote is shown on the quote), computed by Waypoint from
// the clinic's total, never typed by a clinic. The rate is configuration the
// shell passes in, in basis points (800 is 8%).
export type FeeRule = { basisPoints: number }

/** The fee on a clinic total: rate times total, rounded half up to the currency's minor unit. */
export function waypointFeeMinor(clinicTotalMinor: number, rule: FeeRule): number {
  if (!Number.isInteger(rule.basisPoints) || rule.basisPoints < 0 || rule.basisPoints > 10_000)
    throw new RangeError(`a fee of ${rule.basisPoints} basis points is not a rate`)
  if (!Number.isSafeInteger(clinicTotalMinor) || clinicTotalMinor < 0 || clinicTotalMinor > MAX_MINOR)
    throw new RangeError('the clinic total must be a whole, non-negative amount of minor units')
  return Number((BigInt(clinicTotalMinor) * BigInt(rule.basisPoints) + 5_000n) / 10_000n)
}

/** Waypoint's fee as the quote's own line: quantity one, no description (pages name it). */
export function waypointFeeLine(clinicTotalMinor: number, currency: CurrencyCode, rule: FeeRule): QuoteLine {
  const fee = { currency, minor: waypointFeeMinor(clinicTotalMinor, rule) }
  return {
    category: 'waypoint-fee',
    description: '',
    quantityHundredths: QUANTITY_SCALE,
    unitPrice: fee,
    total: fee,
  }
}
