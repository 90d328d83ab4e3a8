import { err, ok, type Result } from '../shared/result.ts'

// Declaring a patient not eligible, or declining a referral, ends it: the
// family is told at once and nothing undoes it. The clinic confirms on the
// same form, with a box ticked, so the step stays one page without JavaScript.
export type EndingStep = 'declare-not-eligible' | 'decline'

export type EndingUnconfirmed = { code: 'referral.end-not-confirmed'; field: string }

/** The box on each ending form, named by its step so the error sits on the right one. */
export const endingConfirmFieldOf = (step: EndingStep) => `confirm-${step}`

export function confirmEnding(step: EndingStep, ticked: boolean): Result<null, EndingUnconfirmed> {
  return ticked ? ok(null) : err({ code: 'referral.end-not-confirmed', field: endingConfirmFieldOf(step) })
}
