import { nextStepAfterSending } from '#domain/cases/after-sending.ts'
import { mayChangeRecords, mayEditIntake } from '#domain/cases/case-editing.ts'
import { mayManageMembers, type MemberRole } from '#domain/cases/case-members.ts'
import { decideStop } from '#domain/cases/stop-case.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { lookUpQuestion, type ReturnTo } from '#domain/intake/next-step.ts'
import { fieldsOf, type Fields } from '#domain/intake/parse-answer.ts'
import { previousQuestion, type Question } from '#domain/intake/questions.ts'
import type { CaseId, DocumentId, MemberId, ProviderId, QuoteId, ReferralId } from '#domain/shared/ids.ts'
import { acceptQuote } from '../use-cases/quotes/accept-quote.ts'
import { acceptRevisedQuote, declineRevisedQuote, planRevisions } from '../use-cases/quotes/revise-plan.ts'
import { quotePdfForFamily } from '../use-cases/quotes/quote-pdf-for-family.ts'
import { quotesForFamily } from '../use-cases/quotes/quotes-for-family.ts'
import type { ReferralActor } from '#domain/referrals/referral.ts'
import { runReferralCommand } from '../use-cases/referrals/referral-commands.ts'
import { err, type Result } from '#domain/shared/result.ts'
import { answerQuestion, choicesFor } from '../use-cases/cases/answer-question.ts'
import {
  acknowledgeEvidence,
  chooseOffers,
  evidenceToRead,
  offersToChooseFrom,
} from '../use-cases/cases/choose-offers.ts'
import { providersToShareWith, setProcessingConsent, setShares } from '../use-cases/cases/consent.ts'
import { inviteCaregiver, revokeMember } from '../use-cases/cases/members.ts'
import { sendMessage } from '../use-cases/cases/messages.ts'
import { runCaseCommand, submitIntake } from '../use-cases/cases/transition-case.ts'
import {
  deleteCaseDocument,
  describeCaseDocument,
  openCaseDocument,
} from '../use-cases/documents/case-documents.ts'
import { uploadDocuments } from '../use-cases/documents/upload-documents.ts'
import { accessLog } from '../use-cases/privacy/access-log.ts'
import { exportCaseFhir, exportCasePdf } from '../use-cases/privacy/export-case.ts'
import type { RecordType } from '#domain/documents/record-types.ts'
import type { CaseDeps } from './case-deps.ts'
import { readReferralsForFamily } from './referral-reads.ts'
import {
  bookSlot,
  cancelBooking,
  consultationsForFamily,
  familyTimeZone,
  familyToday,
  moveConsultation,
} from '../use-cases/consultations/case-consultations.ts'
import { openFlash, sealFlash } from './case-flash.ts'
import { familySecondOpinions } from './second-opinion-handles.ts'
import { acknowledgeChange, readCourse, reportAdverseEvent } from '../use-cases/treatment/treatment-course.ts'
import type { RawFields } from '#domain/treatment/treatment-problem.ts'
import { summaryOf, type CaseContext } from './case-context.ts'
import {
  readAfterSending,
  readChosenOffers,
  readDocuments,
  readIntakeState,
  readMembers,
  readMessages,
  readShares,
} from './case-reads.ts'
import type { TravellerInput } from '#domain/travel/traveller.ts'
import { addTraveller, readTravel, removeTraveller } from '../use-cases/travel/visa.ts'
import { familyTrip } from './trip-handles.ts'
import {
  answerCheckInStep,
  readDraft,
  readFollowUp,
  readOutcomeCourse,
  submitCheckIn,
} from '../use-cases/follow-up/follow-up.ts'
import type { CheckInStep } from '#domain/follow-up/check-in.ts'
import {
  createHomeDoctorLink,
  homeDoctorLinks,
  revokeHomeDoctorLink,
} from '../use-cases/home-doctor/home-doctor-links.ts'
import { reviewsForFamily, writeReview } from '../use-cases/reviews/reviews.ts'
import type { ReviewInput } from '#domain/reviews/review.ts'

// The case as its patient, representative or caregiver sees it: everything
// in it, and the commands of the patient side. Commands that change the
// intake refuse once the case is sent (unless it was sent back).
export type NotEditableRefusal = { code: 'case.not-editable' }

const MB = 1024 * 1024

export function memberHandle(deps: CaseDeps, ctx: CaseContext) {
  const caseId = ctx.row.id as CaseId
  const member = ctx.actor.member!
  const editable = mayEditIntake(ctx.row.stage)
  // Each acts in their own name: staff read who took a step (a representative
  // for the patient, a caregiver helping), not "the patient" for all of them.
  const familyActor: ReferralActor = { kind: member.role }
  const whileEditable = async <T, E>(
    run: () => Promise<Result<T, E>>,
  ): Promise<Result<T, E | NotEditableRefusal>> => (editable ? run() : err({ code: 'case.not-editable' }))
  /**
   * What a link to a question of the intake leads to: the question as this
   * case would ask it now, where to go instead when it does not apply yet,
   * or nothing when there is no such question.
   */
  const openQuestion = (id: string | undefined) => {
    const lookup = lookUpQuestion(id, ctx.answers())
    if (lookup.found !== 'ask') return lookup
    const { question } = lookup
    const now = deps.clock.now()
    // Today where the family is: the date they would write for it, and what their example dates count from.
    const today = familyToday(ctx, now)
    return {
      found: 'ask' as const,
      question,
      today,
      fields: fieldsOf(question, ctx.answers()[question.id], today),
      previous: previousQuestion(question, ctx.answers()),
      choices: () => choicesFor(deps, question),
      /** The case's clock: what today is, for example dates and time zone offsets. */
      now,
    }
  }
  return {
    audience: 'member' as const,
    case: {
      ...summaryOf(ctx.row),
      processingConsentGivenAt: ctx.row.processingConsentAt,
      /** Answers and choices can change (before sending, or when sent back). */
      editable,
      /** Records can be added or removed. */
      recordsEditable: mayChangeRecords(ctx.row.stage),
    },
    member: { id: member.id, role: member.role as MemberRole, mayManage: mayManageMembers(member.role) },
    limits: { fileMb: deps.limits.fileBytes / MB, caseMb: deps.limits.caseBytes / MB },

    // Reads
    answers: () => ctx.answers(),
    alsfrs: () => alsfrsSummary(ctx.answers()),
    /** The ALSFRS-R scores over time (intake, arrival, check-ins), for the outcome chart; null before any. */
    outcomeCourse: () => readOutcomeCourse(deps, ctx),
    forSomeoneElse: () => ctx.answers()['who-for'] === 'someone-else',
    intakeState: () => readIntakeState(deps.db, ctx),
    openQuestion,
    /** A question of the intake as this case would ask it now, or null when it does not apply. */
    question(id: string | undefined) {
      const opened = openQuestion(id)
      return opened.found === 'ask' ? opened : null
    },
    chosenOffers: () => readChosenOffers(deps.db, caseId),
    /** The chosen providers with their status, and what happens next: for a case that was sent. */
    afterSending: () => readAfterSending(deps.db, ctx),
    /** Each clinic the coordinator sent the case to, with its referral's status. */
    referrals: () => readReferralsForFamily(deps.db, ctx),
    /** What happens next for a sent case; it needs no read. */
    nextStep: () => nextStepAfterSending(ctx.row.stage, ctx.row.submittedAt),
    offersToChooseFrom: () => offersToChooseFrom(deps, ctx),
    evidenceToRead: () => evidenceToRead(deps, ctx),
    documents: () => readDocuments(deps.db, ctx),
    shares: () => readShares(deps.db, caseId),
    providersToShareWith: () => providersToShareWith(deps, caseId),
    members: () => readMembers(deps.db, caseId),
    messages: () => readMessages(deps.db, ctx),
    accessLog: () => accessLog(deps.db, caseId),
    exportFhir: () => exportCaseFhir(deps, ctx),
    exportPdf: (locale: Locale) => exportCasePdf(deps, ctx, locale),
    openDocument: (documentId: DocumentId) => openCaseDocument(deps, ctx, documentId, 'member'),

    /** A note for this case's next page, sealed for a cookie (case-flash.ts). */
    sealNote: <T>(note: T) => sealFlash(ctx, deps.clock.now(), note),
    openNote: <T>(token: string | null | undefined) => openFlash<T>(ctx, deps.clock.now(), token),

    // Commands
    answer: (question: Question, fields: Fields, returnTo: ReturnTo) =>
      whileEditable(() => answerQuestion(deps, ctx, question, fields, returnTo)),
    chooseOffers: (input: { offerIds: string[]; helpMeChoose: boolean }) =>
      whileEditable(() => chooseOffers(deps, ctx, input)),
    acknowledgeEvidence: (confirmed: readonly string[]) =>
      whileEditable(() => acknowledgeEvidence(deps, ctx, confirmed)),
    setProcessingConsent: (given: boolean) => setProcessingConsent(deps, ctx, given),
    setShares: (fields: Readonly<Record<string, readonly string[]>>) => setShares(deps, ctx, fields),
    submit: () => whileEditable(() => submitIntake(deps, ctx)),
    /** The family stops the case (the journey's `withdraw`): the patient or their representative, box ticked. */
    stop: (confirmed: boolean) => {
      const decided = decideStop(member.role as MemberRole, confirmed)
      return decided.ok ? runCaseCommand(deps, ctx, decided.value) : Promise.resolve(decided)
    },
    upload: (request: Request) => uploadDocuments(deps, ctx, request),
    deleteDocument: (documentId: DocumentId) => deleteCaseDocument(deps, ctx, documentId),
    describeDocument: (documentId: DocumentId, type: RecordType) =>
      describeCaseDocument(deps, ctx, documentId, type),
    invite: (email: string) => inviteCaregiver(deps, ctx, email),
    revoke: (memberId: MemberId) => revokeMember(deps, ctx, memberId),
    sendMessage: (request: Request) => sendMessage(deps, ctx, 'patient', request),
    /** Every clinic's current plan and quote, with rates to the family's currency and the lists' differences. */
    quotes: () => quotesForFamily(deps, ctx),
    /** One current quote as a PDF in the family's language (null when it is not this case's). */
    quotePdf: (quoteId: QuoteId, locale: Locale) => quotePdfForFamily(deps, ctx, quoteId, locale),
    /** Accepts one quote: the other referrals close, the quote is frozen. */
    acceptQuote: (input: { referralId: ReferralId; quoteId: string; seenVersion: number }) =>
      acceptQuote(deps, ctx, familyActor, input),
    /** The family answers a clinic's question (sealed on the referral's timeline; the clinic is told). */
    answerClinic: (providerId: ProviderId, answer: string, seenVersion?: number) =>
      runReferralCommand(
        deps,
        ctx,
        providerId,
        familyActor,
        { type: 'provide-information', answer },
        seenVersion,
      ),
    /** The family turns one clinic's plan down; the clinic is told, the others stay open. */
    declinePlan: (providerId: ProviderId, seenVersion: number) =>
      runReferralCommand(deps, ctx, providerId, familyActor, { type: 'decline-plan' }, seenVersion),

    // Consultations (ADR 0047)
    /** The zone the family reads times in: `chosen` when it is a zone, else the intake's answer, else the country's. */
    timeZone: (chosen?: string | null) => familyTimeZone(ctx, chosen),
    /** The case's consultations and the free slots of the clinics it is referred to now. */
    consultations: () => consultationsForFamily(deps, ctx),
    bookConsultation: (slotId: string) => bookSlot(deps, ctx, slotId),
    rescheduleConsultation: (consultationId: string, slotId: string) =>
      moveConsultation(deps, ctx, consultationId, slotId),
    cancelConsultation: (consultationId: string) => cancelBooking(deps, ctx, consultationId),
    /** The trip's visa: travellers (passport numbers masked), the letter and visa status, the stay warning. */
    travel: () => readTravel(deps, ctx),
    addTraveller: (input: TravellerInput) => addTraveller(deps, ctx, input),
    removeTraveller: (travellerId: string) => removeTraveller(deps, ctx, travellerId),
    ...familySecondOpinions(deps, ctx),

    // Treatment (ADR 0062)
    treatment: () => readCourse(deps, ctx),
    /** The family has seen the large change the clinic's assessment found. */
    acknowledgeChange: () => acknowledgeChange(deps, ctx, 'family'),
    reportAdverseEvent: (raw: RawFields, criteria: readonly string[]) =>
      reportAdverseEvent(deps, ctx, { kind: 'family', providerId: null }, raw, criteria),
    ...familyTrip(deps, ctx),

    // Follow-up (ADR 0065)
    /** The plan of visits after discharge and the check-ins done. */
    followUp: () => readFollowUp(deps, ctx),
    /** The family's check-in being filled in, page by page; refused before treatment ended. */
    checkInDraft: () => readDraft(deps, ctx, 'family'),
    answerCheckIn: (step: CheckInStep, raw: RawFields) => answerCheckInStep(deps, ctx, 'family', step, raw),
    submitCheckIn: () => submitCheckIn(deps, ctx, 'family'),

    // The home doctor's link (ADR 0066)
    /** The links to the home doctor, with every access through each. */
    homeDoctorLinks: () => homeDoctorLinks(deps, ctx),
    /** A new link (the patient or a representative): its address is returned once, never stored. */
    createHomeDoctorLink: (raw: { doctor?: string | null; days?: string | null }) =>
      createHomeDoctorLink(deps, ctx, raw),
    revokeHomeDoctorLink: (linkId: string) => revokeHomeDoctorLink(deps, ctx, linkId),
    /** A changed plan after arrival (ADR 0069): the one waiting for the family, and the quotes it superseded. */
    planRevisions: () => planRevisions(deps, ctx),
    /** Accepts a changed price with a fresh signature: the typed name and the ticked box. */
    acceptRevisedQuote: (input: { quoteId: string; signature?: string; confirm?: string }) =>
      acceptRevisedQuote(deps, ctx, input),
    /** Declines a changed price (ADR 0073): the agreed plan stands, and sessions go on under it. */
    declineRevisedQuote: (input: { quoteId: string }) => declineRevisedQuote(deps, ctx, input),

    // Verified reviews (ADR 0068)
    /** The providers that treated the case, with the case's review of each and whether one may be written. */
    reviews: () => reviewsForFamily(deps, ctx),
    writeReview: (providerId: ProviderId, input: ReviewInput) => writeReview(deps, ctx, providerId, input),
  }
}

export type MemberCaseHandle = ReturnType<typeof memberHandle>
