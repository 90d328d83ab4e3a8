import type { ReferralStatus } from '#domain/referrals/referral.ts'
import { handOverChoices } from '#domain/cases/case-assignment.ts'
import { providerMayReadSection, type CaseShare } from '#domain/cases/case-consent.ts'
import { availableCommands, type CaseCommand } from '#domain/cases/case-stages.ts'
import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { answersForProvider } from '#domain/intake/answers-for-provider.ts'
import type { ClinicRole } from '#domain/clinics/clinic-roles.ts'
import type {
  ClinicDeclineReason,
  NotEligibleReason,
  ReferralActor,
  ReferralCommand,
} from '#domain/referrals/referral.ts'
import {
  asProviderId,
  type CaseId,
  type DocumentId,
  type ReferralId,
  type UserId,
} from '#domain/shared/ids.ts'
import { runCaseCommand } from '../use-cases/cases/transition-case.ts'
import { sendMessage } from '../use-cases/cases/messages.ts'
import { planRevisions, revisePlan, withdrawRevisedQuote } from '../use-cases/quotes/revise-plan.ts'
import { openCaseDocument, openDocumentForClinic } from '../use-cases/documents/case-documents.ts'
import { runReferralCommand, sendToProviders } from '../use-cases/referrals/referral-commands.ts'
import { proposePlan, type PlanAndQuoteInput } from '../use-cases/quotes/propose-plan.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { readCurrentQuotes, readPlanSummaries } from './quote-reads.ts'
import { assignCase } from '../use-cases/coordinator/case-assignment.ts'
import { addNote, readNotes } from '../use-cases/coordinator/case-notes.ts'
import { setAnswerDeadline } from '../use-cases/coordinator/answer-deadline.ts'
import { coordinators } from '../stores/queue-store.ts'
import { signingDoctorOf } from '../stores/quote-store.ts'
import { whyNoPlan } from '#domain/quotes/plan-signer.ts'
import type { CaseDeps } from './case-deps.ts'
import { summaryOf, type CaseContext } from './case-context.ts'
import { readChosenOffers, readDocuments, readMessages, readShares } from './case-reads.ts'
import { readReferralForClinic, readReferralsForCoordinator } from './referral-reads.ts'
import { consultationsOfCaseFor } from '../use-cases/consultations/case-consultations.ts'
import { coordinatorSecondOpinions } from './second-opinion-handles.ts'
import type { TravellerInput } from '#domain/travel/traveller.ts'
import type { VisaStep } from '#domain/travel/visa-status.ts'
import {
  addTraveller,
  readTravel,
  recordVisaStep,
  requestInvitationLetter,
  uploadInvitationLetter,
} from '../use-cases/travel/visa.ts'

import {
  acknowledgeChange,
  clinicMayTreat,
  discharge,
  readCourse,
  recordAssessment,
  recordOutcome,
  recordSession,
  reportAdverseEvent,
} from '../use-cases/treatment/treatment-course.ts'
import type { RawFields } from '#domain/treatment/treatment-problem.ts'
import { clinicTrip, coordinatorTrip } from './trip-handles.ts'
import { currenciesWithRates } from '../stores/reference-store.ts'
import type { CheckInStep } from '#domain/follow-up/check-in.ts'
import {
  adjustPlan,
  answerCheckInStep,
  readDraft,
  readFollowUp,
  readOutcomeCourse,
  submitCheckIn,
} from '../use-cases/follow-up/follow-up.ts'

type CoordinatorVisaStep = Extract<VisaStep['type'], 'visa-applied' | 'visa-granted' | 'visa-refused'>

// The case as staff see it. The coordinator, the family's one point of
// contact, sees everything and moves the case along; a clinic sees exactly
// what the patient's consent names, checked on this very request.
export function coordinatorHandle(deps: CaseDeps, ctx: CaseContext) {
  const caseId = ctx.row.id as CaseId
  return {
    audience: 'coordinator' as const,
    case: summaryOf(ctx.row),
    /** The family's consent to process their health data stands; without it no clinic sees the case. */
    consentGiven: ctx.row.processingConsentAt !== null,
    commands: availableCommands(ctx.row.stage, 'coordinator'),
    answers: () => ctx.answers(),
    alsfrs: () => alsfrsSummary(ctx.answers()),
    /** The ALSFRS-R scores over time (intake, arrival, check-ins), for the outcome chart; null before any. */
    outcomeCourse: () => readOutcomeCourse(deps, ctx),
    chosenOffers: () => readChosenOffers(deps.db, caseId),
    documents: () => readDocuments(deps.db, ctx),
    shares: () => readShares(deps.db, caseId),
    messages: () => readMessages(deps.db, ctx),
    openDocument: (documentId: DocumentId) => openCaseDocument(deps, ctx, documentId, 'coordinator'),
    transition: (command: CaseCommand) => runCaseCommand(deps, ctx, command),
    sendMessage: (request: Request) => sendMessage(deps, ctx, 'coordinator', request),
    /** Each referral of the case, its deadline and its timeline (questions and explanations unsealed). */
    referrals: () => readReferralsForCoordinator(deps.db, ctx, deps.clock.now()),
    /** Sends the case to these providers: each must be chosen by the family and shared with now. */
    sendToProviders: (providerIds: readonly string[]) => sendToProviders(deps, ctx, providerIds),
    /** The case's consultations with every clinic (read only). */
    consultations: () => consultationsOfCaseFor(deps, caseId),
    /** Each referral's current plan and quote summary (total, validity, where it stands), read only. */
    plans: () => readPlanSummaries(deps.db, ctx, deps.clock.now()),
    ...coordinatorSecondOpinions(deps, ctx),
    /** Who looks after the case among the coordinators, and who else could. */
    assignment: () => ({
      assignee: (ctx.row.coordinatorUserId as UserId | null) ?? null,
      mine: ctx.row.coordinatorUserId === ctx.actor.userId,
    }),
    /** Every coordinator (to name the one who has the case). */
    coordinators: () => coordinators(deps.db),
    /** Whom the viewer may hand the case over to: not its assignee, not themselves. */
    handOverChoices: async () =>
      handOverChoices(await coordinators(deps.db), {
        assignee: ctx.row.coordinatorUserId ?? null,
        viewer: ctx.actor.userId,
      }),
    /** "Assign to me" or a hand-over, from the assignee the page showed (null: nobody). */
    assignToMe: (seen: UserId | null) => assignCase(deps, ctx, { to: ctx.actor.userId, seen }),
    handOver: (to: UserId, seen: UserId | null) => assignCase(deps, ctx, { to, seen }),
    /** Internal notes, never shown to the family or a clinic; every read and write audited. */
    notes: () => readNotes(deps, ctx),
    addNote: (body: string) => addNote(deps, ctx, body),
    /** When one clinic's answer is due: a date, from the referral version the page showed. */
    setAnswerDeadline: (referralId: ReferralId, date: string, seenVersion: number | null) =>
      setAnswerDeadline(deps, ctx, referralId, date, seenVersion),
    /** The trip's visa (ADR 0061): travellers masked, the letter asked of the treating clinic, the visa's steps. */
    travel: () => readTravel(deps, ctx),
    addTraveller: (input: TravellerInput) => addTraveller(deps, ctx, input),
    requestInvitationLetter: () => requestInvitationLetter(deps, ctx),
    recordVisaStep: (step: CoordinatorVisaStep, seenVersion: number | null) =>
      recordVisaStep(deps, ctx, step, seenVersion),
    /** The treatment course: assessment, sessions, adverse events (with function beside each), discharge. */
    treatment: () => readCourse(deps, ctx),
    /** The coordinator has seen the large change the assessment found. */
    acknowledgeChange: () => acknowledgeChange(deps, ctx, 'coordinator'),
    recordAdverseEventOutcome: (eventId: string, outcome: string | undefined) =>
      recordOutcome(deps, ctx, eventId, outcome, null),
    ...coordinatorTrip(deps, ctx),

    // Follow-up (ADR 0065)
    followUp: () => readFollowUp(deps, ctx),
    /** Moves visits: new due dates by months after treatment; audited. */
    adjustFollowUp: (moved: Readonly<Record<number, string>>) => adjustPlan(deps, ctx, moved),
    /** The check-in the coordinator is recording over the phone (who answered: the coordinator by phone). */
    checkInDraft: () => readDraft(deps, ctx, 'phone'),
    answerCheckIn: (step: CheckInStep, raw: RawFields) => answerCheckInStep(deps, ctx, 'phone', step, raw),
    submitCheckIn: () => submitCheckIn(deps, ctx, 'phone'),
    planRevisions: () => planRevisions(deps, ctx),
  }
}

export function clinicHandle(
  deps: CaseDeps,
  ctx: CaseContext,
  share: CaseShare,
  role: ClinicRole,
  recordsShared: boolean,
) {
  const answers = () => answersForProvider(ctx.answers(), share.sections)
  const providerId = asProviderId(share.providerId)
  const actor: Extract<ReferralActor, { kind: 'clinic-member' }> = { kind: 'clinic-member', providerId, role }
  // Every step is this member's, on their own clinic's referral, in their role.
  const step = (command: ReferralCommand, seenVersion?: number) =>
    runReferralCommand(deps, ctx, providerId, actor, command, seenVersion)
  return {
    audience: 'clinic' as const,
    case: summaryOf(ctx.row),
    providerId: share.providerId,
    /** False once the referral has ended without the family choosing this clinic: answers and documents no longer reach it. */
    recordsShared,
    answers,
    alsfrs: () => (providerMayReadSection(share, 'alsfrs') ? alsfrsSummary(answers()) : null),
    documents: () => readDocuments(deps.db, ctx, share.documentIds),
    /** A shared document, or one this clinic issued itself (its invitation letter, its discharge summary). */
    openDocument: (documentId: DocumentId) => openDocumentForClinic(deps, ctx, share, documentId),
    role,
    /** The referral of this case to the clinic (the gate opens only referred cases), and the steps open to this member. */
    referral: () => readReferralForClinic(deps.db, ctx, actor, deps.clock.now()),
    /** The first view: sent → opened, audited. */
    openReferral: () => step({ type: 'open' }),
    startEvaluation: (seenVersion?: number) => step({ type: 'start-evaluation' }, seenVersion),
    /** A question for the family; it reaches them through the coordinator. */
    askForInformation: (question: string, seenVersion?: number) =>
      step({ type: 'request-information', question }, seenVersion),
    declareNotEligible: (answer: { reason: NotEligibleReason; explanation: string }, seenVersion?: number) =>
      step({ type: 'declare-not-eligible', ...answer }, seenVersion),
    decline: (reason: ClinicDeclineReason, seenVersion?: number, explanation?: string) =>
      step({ type: 'decline', reason, ...(explanation === undefined ? {} : { explanation }) }, seenVersion),
    /** The plan and quote this clinic's referral carries now, or null before one is sent. */
    quote: async () => (await readCurrentQuotes(deps.db, ctx, providerId))[0] ?? null,
    /**
     * Why this member cannot send a plan and quote now (the moment, their role,
     * their registration); null when they can. `status` is the referral's, as the page read it.
     */
    whyNoPlan: async (status: ReferralStatus | null) =>
      whyNoPlan(status, role, await signingDoctorOf(deps.db, ctx.actor.userId!, providerId)),
    /** The currencies a family can see a quote converted from (a dated rate is held for each). */
    ratedCurrencies: () => currenciesWithRates(deps.db),
    /** A treating doctor signs a plan and sends it with its itemised quote (plan-proposed). */
    proposePlan: (input: PlanAndQuoteInput, locale: Locale, seenVersion?: number) =>
      proposePlan(deps, ctx, providerId, actor, input, locale, seenVersion),
    /** The case's consultations with this clinic only. */
    consultations: () => consultationsOfCaseFor(deps, ctx.row.id as CaseId, providerId),
    /** The trip's visa, only while this clinic's plan is the accepted one; passport numbers masked. */
    travel: () => readTravel(deps, ctx, providerId),
    /** The signed, pre-validated letter and the fields it carries, checked against every traveller. */
    uploadInvitationLetter: (request: Request) => uploadInvitationLetter(deps, ctx, providerId, request),
    /** The course, once the family accepted this clinic's plan; null before. */
    treatment: async () => ((await clinicMayTreat(deps, ctx, providerId)) ? readCourse(deps, ctx) : null),
    recordAssessment: (raw: RawFields) => recordAssessment(deps, ctx, providerId, raw),
    recordSession: (raw: RawFields) => recordSession(deps, ctx, providerId, raw),
    reportAdverseEvent: (raw: RawFields, criteria: readonly string[]) =>
      reportAdverseEvent(deps, ctx, { kind: 'clinic', providerId }, raw, criteria),
    recordAdverseEventOutcome: (eventId: string, outcome: string | undefined) =>
      recordOutcome(deps, ctx, eventId, outcome, providerId),
    /** A changed plan after arrival, through the same checks as the first (ADR 0069). */
    revisePlan: (input: PlanAndQuoteInput, locale: Locale) =>
      revisePlan(deps, ctx, providerId, actor, input, locale),
    /** Takes back this clinic's changed plan while it still waits for the family (ADR 0081). */
    withdrawRevisedQuote: (input: { quoteId: string }) => withdrawRevisedQuote(deps, ctx, actor, input),
    /** The changed quote waiting for the family, and the quotes it superseded, on this clinic's referral. */
    planRevisions: () => planRevisions(deps, ctx, providerId),
    /** Discharge with its summary (multipart: `date`, then the file). */
    discharge: (request: Request) => discharge(deps, ctx, providerId, request),
    ...clinicTrip(deps, ctx, providerId),
  }
}

export type CoordinatorCaseHandle = ReturnType<typeof coordinatorHandle>
export type ClinicCaseHandle = ReturnType<typeof clinicHandle>
