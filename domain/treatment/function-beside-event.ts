// CTCAE grades lean on daily activities, which ALS has already limited, so
// each adverse event is read beside the person's own function: the latest
// ALSFRS-R known on the day it began, and its change from their baseline at
// home (formats reference §3, the caveat for an ALS platform).
export type DatedTotal = { date: string; total: number }

export type FunctionBesideEvent = {
  latest: DatedTotal
  baseline: DatedTotal
  /** latest − baseline: negative is a decline. */
  change: number
} | null

export function functionBesideEvent(
  onset: string,
  baseline: DatedTotal | null,
  later: readonly DatedTotal[],
): FunctionBesideEvent {
  if (!baseline) return null
  const known = [baseline, ...later].filter((m) => m.date <= onset)
  // An event before the baseline is still shown against it: the baseline is the first we know.
  const latest = known.reduce((a, b) => (b.date >= a.date ? b : a), baseline)
  return { latest, baseline, change: latest.total - baseline.total }
}
