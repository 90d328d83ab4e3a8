import {
  isReviewReasonCode,
  type ReviewDecision,
  type ReviewReasonCode,
} from '#domain/review/review-status.ts'
import { mayEditSubmissions } from '#domain/review/onboarding-access.ts'
import type { ProviderId, UserId } from '#domain/shared/ids.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { teamRoleOf } from '../../stores/clinic-team-store.ts'
import {
  catalogueChoices,
  credentialsOf,
  decisionsAbout,
  offersOf,
  onboardingProvider,
} from '../../stores/onboarding-store.ts'

// A clinic's onboarding as its members see it (issue 16): the application's
// status, each credential and offer with its review status and the latest
// reviewer decision about it (a reason code the page words in the reader's
// language, and the reviewer's note). Null for anyone not on the clinic's
// team: the page is then "not found".

export type DecisionForClinic = {
  decision: ReviewDecision
  reasonCode: ReviewReasonCode | null
  note: string | null
  decidedAt: Date
}

export async function clinicOnboarding(deps: Pick<CaseDeps, 'db'>, viewerId: UserId, providerId: ProviderId) {
  const role = await teamRoleOf(deps.db, viewerId, providerId)
  if (!role) return null
  const [clinic, credentials, offers, decisions, choices] = await Promise.all([
    onboardingProvider(deps.db, providerId),
    credentialsOf(deps.db, providerId),
    offersOf(deps.db, providerId),
    decisionsAbout(deps.db, providerId),
    catalogueChoices(deps.db),
  ])
  if (!clinic) return null
  const latest = (subjectType: string, subjectId: string): DecisionForClinic | null => {
    const d = decisions.find((x) => x.subjectType === subjectType && x.subjectId === subjectId)
    if (!d) return null
    return {
      decision: d.decision,
      // A code this build has no words for is shown as "see the note", never as raw text.
      reasonCode: d.reasonCode === null ? null : isReviewReasonCode(d.reasonCode) ? d.reasonCode : 'other',
      note: d.note,
      decidedAt: d.decidedAt,
    }
  }
  return {
    clinic: { ...clinic, decision: latest('provider', clinic.id) },
    mayEdit: mayEditSubmissions(role),
    credentials: credentials.map((c) => ({ ...c, decision: latest('credential', c.id) })),
    offers: offers.map((o) => ({ ...o, decision: latest('offer', o.id) })),
    choices,
  }
}

export type ClinicOnboarding = NonNullable<Awaited<ReturnType<typeof clinicOnboarding>>>
