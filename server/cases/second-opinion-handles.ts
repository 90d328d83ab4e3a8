import type { FamilyAnswer } from '#domain/second-opinions/second-opinion.ts'
import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { answersForProvider } from '#domain/intake/answers-for-provider.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import type { SecondOpinionRow } from '../stores/second-opinion-store.ts'
import {
  answerSecondOpinion,
  askSecondOpinion,
  commentOnCase,
  doctorsToAsk,
  familyMayDecide,
  readSecondOpinions,
  withdrawSecondOpinion,
} from '../use-cases/second-opinions/second-opinions.ts'
import { unseal } from './case-vault.ts'
import type { CaseDeps } from './case-deps.ts'
import { summaryOf, type CaseContext } from './case-context.ts'
import { readPlanSummaries, type PlanSummary } from './quote-reads.ts'
import { readReferralsForFamily } from './referral-reads.ts'

// Second opinions through the case handles (ADR 0050). The coordinator's and
// the family's parts are spread into their handles; the reviewing doctor gets
// a handle of their own, opened only through a request the family agreed to.

/** The coordinator's part: the requests, the doctors who may be asked, ask and withdraw. */
export function coordinatorSecondOpinions(deps: CaseDeps, ctx: CaseContext) {
  return {
    secondOpinions: () => readSecondOpinions(deps.db, ctx),
    doctorsToAsk: () => doctorsToAsk(deps.db, ctx.row.id as CaseId),
    askSecondOpinion: (doctorUserId: string) => askSecondOpinion(deps, ctx, doctorUserId),
    withdrawSecondOpinion: (id: string, seenVersion: number) =>
      withdrawSecondOpinion(deps, ctx, id, seenVersion),
  }
}

/** The family's part: the requests with the doctor's comment, and agreeing or declining. */
export function familySecondOpinions(deps: CaseDeps, ctx: CaseContext) {
  return {
    secondOpinions: async () => ({
      requests: (await readSecondOpinions(deps.db, ctx)).filter((r) => r.status !== 'withdrawn'),
      mayDecide: familyMayDecide(ctx),
    }),
    answerSecondOpinion: (id: string, answer: FamilyAnswer, seenVersion: number) =>
      answerSecondOpinion(deps, ctx, id, answer, seenVersion),
  }
}

/** A clinic's current plan, with the total its quote asks, as the doctor reads it. */
export type PlanForSecondOpinion = PlanSummary

// Only what the doctor needs to judge the plans: the condition and the
// family's goals (no identity or contact), the ALSFRS-R, where each clinic stands.
const doctorSections = ['condition', 'alsfrs', 'goals'] as const

export function secondOpinionHandle(deps: CaseDeps, ctx: CaseContext, opinion: SecondOpinionRow) {
  return {
    audience: 'second-opinion' as const,
    case: summaryOf(ctx.row),
    answers: () => answersForProvider(ctx.answers(), doctorSections),
    alsfrs: () => alsfrsSummary(ctx.answers()),
    /** Each clinic the case was sent to, and where its referral stands. */
    referrals: () => readReferralsForFamily(deps.db, ctx),
    /** Each clinic's current plan and what its quote asks: what the doctor comments on. */
    plans: (): Promise<PlanForSecondOpinion[]> => readPlanSummaries(deps.db, ctx, deps.clock.now()),
    request: {
      id: opinion.id,
      status: opinion.status,
      version: opinion.version,
      comment: opinion.sealedComment ? unseal<string>(ctx.key, opinion.sealedComment) : null,
    },
    comment: (text: string, seenVersion: number) => commentOnCase(deps, ctx, opinion.id, text, seenVersion),
  }
}

export type SecondOpinionCaseHandle = ReturnType<typeof secondOpinionHandle>
