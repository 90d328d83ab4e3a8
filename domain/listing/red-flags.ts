import { normaliseText } from './normalise-text.ts'
import { screenTexts } from './screen-text.ts'
import type { Reason, ReasonCode } from './types.ts'

// Red flags in one text (an offer's claims, a quote's wording), in every
// language the site speaks. The phrases are reviewed data
// (content/policy/red-flags.<lang>.json); how they are scored is
// screen-text.ts. An offer is screened in all its fields by decideListing.
export type RedFlagCode = Extract<ReasonCode, `claim.${string}`>

/** The text as the screen reads it (kept under its first name for existing callers). */
export const normaliseClaims = normaliseText

export function screenClaims(claimsText: string): Reason[] {
  return screenTexts([claimsText])
}

export const redFlagCodes = [
  'claim.cure',
  'claim.success-rate',
  'claim.no-risk',
  'claim.testimonials',
  'claim.autologous-exempt',
  'claim.stop-approved-care',
  'claim.pay-for-investigational',
  'claim.registered-with-regulator',
  'claim.consent-as-justification',
  'claim.many-diseases',
] as const satisfies readonly RedFlagCode[]
