import type { Verdict } from './types.ts'

/** The verdicts that let an offer be shown publicly and chosen by a patient. */
export const publicVerdicts = ['listable', 'listable-with-warnings'] as const satisfies readonly Verdict[]

/** The verdicts that keep an offer off public pages, for reviewers to see: every other one. */
export const withheldVerdicts = [
  'blocked',
  'needs-review',
  'needs-documents',
] as const satisfies readonly Verdict[]

export const isPublicVerdict = (verdict: string): boolean =>
  (publicVerdicts as readonly string[]).includes(verdict)
