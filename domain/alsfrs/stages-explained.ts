// The stages the ALSFRS-R result page explains in plain words
// (content/messages/<locale>/alsfrs.json, alsfrs.stage.*); their sources are
// in stage-sources.ts, which only loaders read.
/** Every stage a page may explain, in order: King's 1–4 (4A, 4B), MiToS 0–5 (5 is death, never derived). */
export const kingsStagesExplained = ['1', '2', '3', '4A', '4B'] as const
export const mitosStagesExplained = [0, 1, 2, 3, 4, 5] as const
