import type { Role } from '../accounts/roles.ts'
import { finalStages, type CaseActorKind, type CaseStage } from '../cases/case-stages.ts'
import { mayManageMembers, type MemberRole } from '../cases/case-members.ts'
import { err, ok, type Result } from '../shared/result.ts'

// An independent second opinion (issue 15, ADR 0050). The coordinator asks a
// reviewing doctor who works for none of the clinics the case is referred or
// shared to; the family agrees first, because the case's health data reaches
// the doctor only then; the doctor then writes one comment, which the family
// and the coordinator read and clinics never do. An open request can be
// withdrawn by the coordinator. Every step names the version it saw, so a
// double submit or two tabs end with one outcome.
export const secondOpinionStatuses = [
  'awaiting-family',
  'agreed',
  'declined',
  'answered',
  'withdrawn',
] as const
export type SecondOpinionStatus = (typeof secondOpinionStatuses)[number]

/** A request the coordinator can still withdraw; a case has at most one. */
export const openStatuses: readonly SecondOpinionStatus[] = ['awaiting-family', 'agreed']

export const COMMENT_MAX_CHARS = 8000

export type SecondOpinionState = { status: SecondOpinionStatus; version: number }

export type SecondOpinionRefusal =
  | { code: 'second-opinion.not-allowed' }
  | { code: 'second-opinion.case-not-open' }
  | { code: 'second-opinion.treatment-begun' }
  | { code: 'second-opinion.not-a-reviewing-doctor' }
  | { code: 'second-opinion.not-independent' }
  | { code: 'second-opinion.already-open' }
  | { code: 'second-opinion.not-open' }
  | { code: 'second-opinion.stale' }
  | { code: 'second-opinion.comment-empty' }
  | { code: 'second-opinion.comment-too-long'; max: number }

export type FamilyAnswer = 'agree' | 'decline'

/** A doctor as the coordinator would pick them: their role, and whether they work for a clinic on this case. */
export type CandidateDoctor = { role: Role; worksForCaseClinic: boolean }

/** Who may be asked: a reviewing doctor with no membership in any clinic the case is referred or shared to. */
export function mayBeAsked(doctor: CandidateDoctor): Result<null, SecondOpinionRefusal> {
  if (doctor.role !== 'second-opinion-doctor') return err({ code: 'second-opinion.not-a-reviewing-doctor' })
  if (doctor.worksForCaseClinic) return err({ code: 'second-opinion.not-independent' })
  return ok(null)
}

// A second opinion weighs the plans while the family can still choose or
// change its mind: from a sent case until treatment begins.
const treatmentBegun: readonly CaseStage[] = ['in-treatment', 'discharged', 'follow-up']

/** Whether a second opinion may be asked for a case at this stage. */
export function stageAllowsAsking(stage: CaseStage): Result<null, SecondOpinionRefusal> {
  if (stage === 'inquiry' || finalStages.includes(stage)) return err({ code: 'second-opinion.case-not-open' })
  if (treatmentBegun.includes(stage)) return err({ code: 'second-opinion.treatment-begun' })
  return ok(null)
}

/** The coordinator asks a doctor; the family is asked to agree next. */
export function decideAsk(input: {
  asker: CaseActorKind
  stage: CaseStage
  doctor: CandidateDoctor | null
  open: SecondOpinionState | null
}): Result<{ status: 'awaiting-family' }, SecondOpinionRefusal> {
  if (input.asker !== 'coordinator') return err({ code: 'second-opinion.not-allowed' })
  const atStage = stageAllowsAsking(input.stage)
  if (!atStage.ok) return atStage
  if (!input.doctor) return err({ code: 'second-opinion.not-a-reviewing-doctor' })
  const eligible = mayBeAsked(input.doctor)
  if (!eligible.ok) return eligible
  if (input.open) return err({ code: 'second-opinion.already-open' })
  return ok({ status: 'awaiting-family' })
}

function current(request: SecondOpinionState | null, seenVersion: number): SecondOpinionRefusal | null {
  if (!request) return { code: 'second-opinion.not-open' }
  if (request.version !== seenVersion) return { code: 'second-opinion.stale' }
  return null
}

/** The family agrees or declines; only a member who manages the case (patient or representative) decides. */
export function decideFamilyAnswer(
  request: SecondOpinionState | null,
  member: { role: MemberRole },
  answer: FamilyAnswer,
  seenVersion: number,
): Result<{ status: 'agreed' | 'declined' }, SecondOpinionRefusal> {
  if (!mayManageMembers(member.role)) return err({ code: 'second-opinion.not-allowed' })
  const refused = current(request, seenVersion)
  if (refused) return err(refused)
  if (request!.status !== 'awaiting-family') return err({ code: 'second-opinion.not-open' })
  return ok({ status: answer === 'agree' ? 'agreed' : 'declined' })
}

/**
 * The doctor writes their comment once, after the family agreed. A doctor who
 * has since come to work for a clinic on the case is no longer independent.
 */
export function decideComment(
  request: SecondOpinionState | null,
  doctor: CandidateDoctor,
  text: string,
  seenVersion: number,
): Result<{ status: 'answered'; comment: string }, SecondOpinionRefusal> {
  const refused = current(request, seenVersion)
  if (refused) return err(refused)
  if (request!.status !== 'agreed') return err({ code: 'second-opinion.not-open' })
  const eligible = mayBeAsked(doctor)
  if (!eligible.ok) return eligible
  const comment = text.trim()
  if (comment === '') return err({ code: 'second-opinion.comment-empty' })
  if (comment.length > COMMENT_MAX_CHARS)
    return err({ code: 'second-opinion.comment-too-long', max: COMMENT_MAX_CHARS })
  return ok({ status: 'answered', comment })
}

/** The coordinator withdraws a request that is still open. */
export function decideWithdraw(
  request: SecondOpinionState | null,
  seenVersion: number,
): Result<{ status: 'withdrawn' }, SecondOpinionRefusal> {
  const refused = current(request, seenVersion)
  if (refused) return err(refused)
  if (!openStatuses.includes(request!.status)) return err({ code: 'second-opinion.not-open' })
  return ok({ status: 'withdrawn' })
}

/** The doctor reaches the case only while the family's agreement stands: agreed, or answered by them. */
export function doctorMayRead(status: SecondOpinionStatus): boolean {
  return status === 'agreed' || status === 'answered'
}

/**
 * Whether a clinic sent a plan after the doctor commented: the comment is then
 * about plans the family no longer sees, and must say so beside the new ones.
 */
export function commentPredatesPlans(answeredAt: Date | null, plansIssuedAt: readonly Date[]): boolean {
  return answeredAt !== null && plansIssuedAt.some((at) => at.getTime() > answeredAt.getTime())
}
