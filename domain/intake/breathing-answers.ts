// The condition history asks what breathing support is used, and ALSFRS-R
// item 12 asks the same thing in its own scale (4 none, 3 to 1 a mask
// ventilator for more and more of the day, 0 a tracheostomy). King's stage 4B
// is read from item 12, so two answers that disagree would send clinics a
// wrong stage. Item 12 answered against the history is refused, naming the
// history answer; a history answer changed later, which item 12 then
// contradicts, clears item 12 so it is asked again (answer-sources.ts).

/** What the history answer says item 12 cannot be, named by the history answer; null when they agree. */
export function breathingConflict(history: unknown, item12: string): 'none' | 'niv' | 'invasive' | null {
  if (history === 'none') return item12 === '4' ? null : 'none'
  if (history === 'niv-part-time' || history === 'niv-full-time')
    return item12 === '4' || item12 === '0' ? 'niv' : null
  if (history === 'invasive') return item12 === '0' ? null : 'invasive'
  // Not answered (or not asked): nothing to disagree with.
  return null
}
