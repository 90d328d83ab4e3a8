import type { IntakeAnswers } from './questions.ts'

// A person may fill in a case for someone else only with that person's
// permission or as their legal representative (the intake asks, after the
// relationship). Someone who has neither cannot go on: no question about the
// patient is asked and no other task starts until they can say which, and
// the page after their answer says what they can do instead.
export const authorities = ['permission', 'legal-representative'] as const
export type Authority = (typeof authorities)[number]

/** The answer that is not an authority. */
export const noAuthority = 'neither'

/** The questions someone answers before they may act for the patient. */
export const beforeActing: ReadonlySet<string> = new Set(['who-for', 'relationship', 'authority'])

const isForSomeoneElse = (answers: IntakeAnswers) => answers['who-for'] === 'someone-else'

/** The authority recorded for whoever fills in a case for someone else, or null. */
export function authorityOf(answers: IntakeAnswers): Authority | null {
  const value = answers['authority']
  return isForSomeoneElse(answers) && (authorities as readonly unknown[]).includes(value)
    ? (value as Authority)
    : null
}

/** Whether the case may be filled in: the patient's own, or someone else's with an authority. */
export function mayActForPatient(answers: IntakeAnswers): boolean {
  return !isForSomeoneElse(answers) || authorityOf(answers) !== null
}
