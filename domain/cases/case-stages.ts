import { err, ok, type Result } from '../shared/result.ts'

// The whole journey of a case as one state machine (the seed's six steps, from
// inquiry to follow-up), decided here and nowhere else. Later capabilities add
// screens for the later stages; the rules already hold.
export const caseStages = [
  'inquiry',
  'records-submitted',
  'under-evaluation',
  'plan-proposed',
  'plan-accepted',
  'travel-booked',
  'in-treatment',
  'discharged',
  'follow-up',
  'closed',
  'withdrawn',
  'not-eligible',
] as const
export type CaseStage = (typeof caseStages)[number]

export const finalStages: readonly CaseStage[] = ['closed', 'withdrawn', 'not-eligible']

export type CaseActorKind =
  'patient' | 'caregiver' | 'coordinator' | 'clinic-staff' | 'second-opinion-doctor' | 'system'

export const caseCommands = [
  'submit-records',
  'start-evaluation',
  'propose-plan',
  'accept-plan',
  'book-travel',
  'start-treatment',
  'discharge',
  'start-follow-up',
  'close',
  'withdraw',
  'declare-not-eligible',
] as const
export type CaseCommand = (typeof caseCommands)[number]

type Rule = { from: readonly CaseStage[]; to: CaseStage; by: readonly CaseActorKind[] }

const patientSide = ['patient', 'caregiver'] as const
const familySide: readonly CaseActorKind[] = patientSide
const open: readonly CaseStage[] = caseStages.filter((s) => !finalStages.includes(s))

export const caseRules: Record<CaseCommand, Rule> = {
  'submit-records': { from: ['inquiry'], to: 'records-submitted', by: patientSide },
  'start-evaluation': {
    from: ['records-submitted'],
    to: 'under-evaluation',
    by: ['coordinator', 'clinic-staff'],
  },
  // No command takes a sent case back to the family's draft: its referrals
  // would vanish from the clinics' inboxes and the case from the queue. A
  // coordinator asks for more records in the case's conversation, a clinic
  // with a question on its referral (domain/referrals/decide-referral.ts).
  'propose-plan': { from: ['under-evaluation', 'plan-proposed'], to: 'plan-proposed', by: ['clinic-staff'] },
  'accept-plan': { from: ['plan-proposed'], to: 'plan-accepted', by: patientSide },
  'book-travel': { from: ['plan-accepted'], to: 'travel-booked', by: ['coordinator'] },
  // A family may travel on their own, with no flight booked through us: the
  // clinic seeing the person starts treatment either way.
  'start-treatment': { from: ['plan-accepted', 'travel-booked'], to: 'in-treatment', by: ['clinic-staff'] },
  discharge: { from: ['in-treatment'], to: 'discharged', by: ['clinic-staff'] },
  'start-follow-up': { from: ['discharged'], to: 'follow-up', by: ['coordinator', 'system'] },
  close: { from: ['follow-up'], to: 'closed', by: ['coordinator'] },
  // The patient may stop at any point before the end; nothing is lost.
  withdraw: { from: open, to: 'withdrawn', by: [...patientSide, 'coordinator'] },
  'declare-not-eligible': {
    from: ['under-evaluation', 'plan-proposed'],
    to: 'not-eligible',
    by: ['clinic-staff', 'coordinator'],
  },
}

export type TransitionError =
  | { code: 'case.final'; stage: CaseStage }
  | { code: 'case.wrong-stage'; stage: CaseStage; command: CaseCommand }
  | { code: 'case.not-allowed'; actor: CaseActorKind; command: CaseCommand }

export type CaseTransition = {
  from: CaseStage
  to: CaseStage
  command: CaseCommand
  by: CaseActorKind
  at: Date
}

export function transition(
  stage: CaseStage,
  command: CaseCommand,
  actor: CaseActorKind,
  now: Date,
): Result<CaseTransition, TransitionError> {
  if (finalStages.includes(stage)) return err({ code: 'case.final', stage })
  const rule = caseRules[command]
  if (!rule.by.includes(actor)) return err({ code: 'case.not-allowed', actor, command })
  if (!rule.from.includes(stage)) return err({ code: 'case.wrong-stage', stage, command })
  // A draft is the family's until they send it: staff may read it (to answer a
  // message) but not end it for them.
  if (stage === 'inquiry' && !familySide.includes(actor))
    return err({ code: 'case.wrong-stage', stage, command })
  return ok({ from: stage, to: rule.to, command, by: actor, at: now })
}

// Ending a case (closing it after follow-up, withdrawing it, finding it not
// eligible) is for good: nothing can happen to it after and there is no way
// back. The coordinator says so in as many words, ticking a box of its own
// for each, as a family does to erase an account.
const confirmations = {
  close: 'case.not-confirmed',
  withdraw: 'case.withdraw-not-confirmed',
  'declare-not-eligible': 'case.not-eligible-not-confirmed',
} as const satisfies Partial<Record<CaseCommand, string>>
type Confirmed = keyof typeof confirmations

export const commandsToConfirm: readonly CaseCommand[] = Object.keys(confirmations) as Confirmed[]

/** The box on the form that sends `command`. */
export const confirmFieldOf = (command: CaseCommand) => `confirm-${command}`

/** A command that ends the journey for good was sent without its box ticked. */
export type UnconfirmedRefusal = { code: (typeof confirmations)[Confirmed]; field: string }

export function confirmCommand(command: CaseCommand, confirmed: boolean): Result<null, UnconfirmedRefusal> {
  if (confirmed || !(command in confirmations)) return ok(null)
  return err({ code: confirmations[command as Confirmed], field: confirmFieldOf(command) })
}

/** What each actor can do next, for buttons and for the coordinator's queue. */
export function availableCommands(stage: CaseStage, actor: CaseActorKind): CaseCommand[] {
  return caseCommands.filter((c) => transition(stage, c, actor, new Date(0)).ok)
}
