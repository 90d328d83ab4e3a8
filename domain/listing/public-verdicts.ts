import type { Verdict } from './types.ts'

/** The verdicts that let an offer be shown publicly and chosen by a patient. */
export const publicVerdicts = ['listable', 'listable-with-warnings'] as const satisfies readonly Verdict[]
