import type { ShareStatus } from './case-consent.ts'
import { finalStages, type CaseStage } from './case-stages.ts'
import { responseDue } from './response-due.ts'

// What a family sees on its case once it is sent: each chosen provider with
// where it stands, and what happens next and by when. Providers hear of a
// case only through its coordinator and see only what the family shared, so
// a provider's status follows from the case's stage and from the consent.

export type ProviderProgress =
  /** The family chose not to share (or withdrew): the provider sees nothing. */
  | 'not-shared'
  /** Sent: the coordinator checks the case before passing it on. */
  | 'with-coordinator'
  /** The provider is looking at what the family shared. */
  | 'reviewing'
  /** A plan is being made or followed; the coordinator tells the family in messages. */
  | 'in-touch'
  /** The case has ended (closed, withdrawn, not eligible). */
  | 'ended'

export function providerProgress(stage: CaseStage, share: ShareStatus | null): ProviderProgress {
  if (finalStages.includes(stage)) return 'ended'
  if (share !== 'given') return 'not-shared'
  if (stage === 'inquiry' || stage === 'records-submitted') return 'with-coordinator'
  if (stage === 'under-evaluation') return 'reviewing'
  return 'in-touch'
}

export type NextStep =
  /** The coordinator's first reply is due by this date (the receipt email's promise). */
  | { code: 'first-reply'; due: Date }
  /** Later stages: what the stage means, said by the page. */
  | { code: 'stage'; stage: CaseStage }

/** What happens next on a sent case, and when, from the same rule as the receipt email. */
export function nextStepAfterSending(stage: CaseStage, submittedAt: Date | null): NextStep {
  if (stage === 'records-submitted' && submittedAt)
    return { code: 'first-reply', due: responseDue(submittedAt) }
  return { code: 'stage', stage }
}
