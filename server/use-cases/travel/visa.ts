import { randomUUID } from 'node:crypto'
import { calendarDateIn, earliestDateAt, type CalendarDate } from '#domain/shared/calendar-date.ts'
import type { CaseStage } from '#domain/cases/case-stages.ts'
import type { CaseId, DocumentId, ProviderId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import {
  checkInvitationLetter,
  type CheckedLetter,
  type LetterInput,
  type LetterProblem,
} from '#domain/travel/invitation-letter.ts'
import {
  checkTraveller,
  forScreen,
  mayRemoveTraveller,
  type RemoveTravellerRefusal,
  type Traveller,
  type TravellerForScreen,
  type TravellerInput,
  type TravellerProblem,
} from '#domain/travel/traveller.ts'
import type { VisaRules } from '#domain/travel/visa-rules.ts'
import {
  decideVisaStep,
  familyIsEmailedOf,
  nextVisaSteps,
  visaOpenAt,
  stayOutlastsVisa,
  letterOutlastsVisa,
  type VisaStatus,
  type VisaStep,
  type VisaStepRefusal,
} from '#domain/travel/visa-status.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { Db } from '../../db/client.ts'
import type { DocumentMeta } from '../../cases/case-reads.ts'
import { seal, unseal } from '../../cases/case-vault.ts'
import { visaRulesFor } from '../../content/visa-rules.ts'
import { ingestDocument, type UploadRefusal } from '../../documents/ingest.ts'
import { readMultipart, type MultipartError } from '../../documents/multipart.ts'
import { lockCase, lockStage } from '../../stores/case-store.ts'
import { insertPending, markAvailable, removePending } from '../../stores/document-store.ts'
import { providerRecipients } from '../../stores/referral-store.ts'
import {
  acceptedPlanOf,
  deleteTraveller,
  insertTraveller,
  insertVisaLetter,
  saveVisaLetter,
  travellersOf,
  visaLetterOf,
  type VisaLetterRow,
} from '../../stores/travel-store.ts'
import { notifyCoordinators, notifyPatientSide, notifyRecipients } from '../cases/notify.ts'
import { cleanFilename } from '../documents/upload-documents.ts'

// The visa for an accepted plan (issue 17, ADR 0061). Travellers' passport
// details are sealed with the case key and leave here only masked; the
// invitation letter is asked of the treating clinic, uploaded and checked
// by it, and its status moved by the coordinator. Every change is audited
// with identifiers only, and people are emailed a reference and a status,
// never a name or a passport number.

export type TravelRefusal =
  | { code: 'travel.no-accepted-plan' }
  | { code: 'travel.no-rules'; countryCode: string }
  | { code: 'travel.changed' }

export type AddTravellerRefusal = TravelRefusal | { code: 'traveller.problems'; problems: TravellerProblem[] }

export type UploadLetterRefusal =
  | TravelRefusal
  | VisaStepRefusal
  | MultipartError
  | { code: 'letter.problems'; problems: (LetterProblem | FileProblem)[] }

type FileProblem =
  | { code: 'letter.file-missing'; field: 'file' }
  | { code: 'letter.not-pdf'; field: 'file' }
  | { code: 'letter.file-refused'; field: 'file'; reason: UploadRefusal }

export type LetterView = {
  status: VisaStatus
  version: number
  requestedAt: Date
  uploadedAt: Date | null
  checkedAt: Date | null
  visaAppliedAt: Date | null
  visaDecidedAt: Date | null
  documentId: DocumentId | null
  /** What the letter says beyond the travellers (their names and numbers are never repeated here). */
  letter: Pick<CheckedLetter, 'arrival' | 'departure' | 'treatment' | 'prevalidationReference'> | null
}

export type TravelView = {
  plan: { providerName: string; countryCode: string; lengthOfStayDays: number | null; offerListable: boolean }
  rules: VisaRules | null
  /** The plan's stay (treatment and recovery) is longer than the visa lasts. */
  stayOutlastsVisa: boolean
  /** The days the clinic's letter spans, when longer than the visa lasts. */
  letterOutlastsVisa: number | null
  travellers: (TravellerForScreen & { id: string })[]
  attendantsLeft: number
  letter: LetterView | null
  nextSteps: VisaStep['type'][]
  /** Treatment has begun or the case has ended: the letter and visa no longer move. */
  visaClosed: boolean
}

type SealedLetter = CheckedLetter

/**
 * The case's stage, read under its row lock: a letter streaming in while
 * treatment starts must see that it has started. An erased case is closed.
 */
async function stageUnderLock(tx: Db, caseId: CaseId): Promise<CaseStage> {
  return (await lockStage(tx, caseId)) ?? 'closed'
}

const today = (deps: CaseDeps): CalendarDate => calendarDateIn(deps.clock.now(), 'UTC')

function addDays(day: CalendarDate, days: number): CalendarDate {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10) as CalendarDate
}

function unsealTravellers(ctx: CaseContext, rows: { id: string; sealedBody: string }[]) {
  return rows.map((r) => ({ id: r.id, ...unseal<Traveller>(ctx.key, r.sealedBody) }))
}

function letterView(ctx: CaseContext, row: VisaLetterRow): LetterView {
  const sealed = row.sealedFields ? unseal<SealedLetter>(ctx.key, row.sealedFields) : null
  return {
    status: row.status,
    version: row.version,
    requestedAt: row.requestedAt,
    uploadedAt: row.uploadedAt,
    checkedAt: row.checkedAt,
    visaAppliedAt: row.visaAppliedAt,
    visaDecidedAt: row.visaDecidedAt,
    documentId: (row.documentId as DocumentId | null) ?? null,
    letter: sealed
      ? {
          arrival: sealed.arrival,
          departure: sealed.departure,
          treatment: sealed.treatment,
          prevalidationReference: sealed.prevalidationReference,
        }
      : null,
  }
}

/**
 * The trip's visa as one audience sees it; null before a plan is accepted,
 * and for a clinic other than the treating one.
 */
export async function readTravel(
  deps: CaseDeps,
  ctx: CaseContext,
  onlyProvider?: ProviderId,
): Promise<TravelView | null> {
  const caseId = ctx.row.id as CaseId
  const plan = await acceptedPlanOf(deps.db, caseId)
  if (!plan || (onlyProvider && plan.providerId !== onlyProvider)) return null
  const rules = visaRulesFor(plan.countryCode)
  const travellers = unsealTravellers(ctx, await travellersOf(deps.db, caseId))
  const row = await visaLetterOf(deps.db, caseId, plan.providerId as ProviderId)
  const attendants = travellers.filter((t) => t.role === 'attendant').length
  const letter = row ? letterView(ctx, row) : null
  return {
    plan: {
      providerName: plan.providerName,
      countryCode: plan.countryCode,
      lengthOfStayDays: plan.lengthOfStayDays,
      offerListable: plan.offerListable,
    },
    rules,
    stayOutlastsVisa:
      rules !== null && plan.lengthOfStayDays !== null && stayOutlastsVisa(plan.lengthOfStayDays, rules),
    letterOutlastsVisa: rules && letter?.letter ? letterOutlastsVisa(letter.letter, rules) : null,
    travellers: travellers.map(({ id, ...t }) => ({ id, ...forScreen(t) })),
    attendantsLeft: rules ? Math.max(0, rules.attendants.max - attendants) : 0,
    letter,
    nextSteps: nextVisaSteps(row?.status ?? null, ctx.row.stage),
    visaClosed: !visaOpenAt(ctx.row.stage),
  }
}

async function planAndRules(deps: CaseDeps, caseId: CaseId) {
  const plan = await acceptedPlanOf(deps.db, caseId)
  if (!plan) return err({ code: 'travel.no-accepted-plan' } as const)
  const rules = visaRulesFor(plan.countryCode)
  if (!rules) return err({ code: 'travel.no-rules', countryCode: plan.countryCode } as const)
  return ok({ plan, rules })
}

/** The family or the coordinator adds the patient or an attendant. */
export async function addTraveller(
  deps: CaseDeps,
  ctx: CaseContext,
  input: TravellerInput,
): Promise<Result<{ id: string }, AddTravellerRefusal>> {
  const caseId = ctx.row.id as CaseId
  const found = await planAndRules(deps, caseId)
  if (!found.ok) return found
  const { plan, rules } = found.value
  const now = deps.clock.now()
  // The passport must still be valid on the last day of the planned stay.
  const stayEnds = addDays(today(deps), plan.lengthOfStayDays ?? rules.visa.validityDays)
  return deps.db.transaction(async (tx) => {
    // Under the case's lock, so two tabs adding attendants at once cannot pass the limit.
    await lockCase(tx, caseId)
    const existing = unsealTravellers(ctx, await travellersOf(tx, caseId))
    const checked = checkTraveller(input, {
      existing,
      maxAttendants: rules.attendants.max,
      stayEnds,
      // Arrival is today at the soonest: six months from today is the least the passport needs.
      sixMonthsFrom: rules.documents.includes('passport-six-months') ? today(deps) : null,
    })
    if (!checked.ok) return err({ code: 'traveller.problems', problems: checked.error } as const)
    const id = randomUUID()
    await insertTraveller(tx, {
      id,
      caseId,
      role: checked.value.role,
      sealedBody: seal(ctx.key, checked.value),
      addedByUserId: ctx.actor.userId,
      createdAt: now,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'travel.traveller-added',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { travellerId: id, role: checked.value.role, by: ctx.actor.kind },
    })
    return ok({ id })
  })
}

/** The family takes a traveller off the list, until the hospital is asked for the letter. */
export async function removeTraveller(
  deps: CaseDeps,
  ctx: CaseContext,
  travellerId: string,
): Promise<Result<null, TravelRefusal | RemoveTravellerRefusal | { code: 'traveller.not-found' }>> {
  const caseId = ctx.row.id as CaseId
  const plan = await acceptedPlanOf(deps.db, caseId)
  if (!plan) return err({ code: 'travel.no-accepted-plan' })
  return deps.db.transaction(async (tx) => {
    // Under the case's lock, as adding is: the letter cannot be asked for in between.
    await lockCase(tx, caseId)
    const letter = await visaLetterOf(tx, caseId, plan.providerId as ProviderId)
    const allowed = mayRemoveTraveller(letter !== null)
    if (!allowed.ok) return allowed
    if (!(await deleteTraveller(tx, caseId, travellerId)))
      return err({ code: 'traveller.not-found' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'travel.traveller-removed',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { travellerId, by: ctx.actor.kind },
    })
    return ok(null)
  })
}

/**
 * Tells of a step: the coordinators always, the treating clinic of a request,
 * the family only of a step they act on or want to hear (familyIsEmailedOf).
 */
async function tellOfVisa(
  deps: CaseDeps,
  ctx: CaseContext,
  step: VisaStep['type'],
  status: VisaStatus,
  providerId: ProviderId | null,
) {
  const email = {
    template: 'visa-news' as const,
    params: { reference: ctx.row.reference, visaStatus: status },
  }
  if (familyIsEmailedOf(step))
    await notifyPatientSide(deps, ctx, { ...email, path: `/patient/cases/${ctx.row.id}/travel` })
  await notifyCoordinators(deps, ctx, { ...email, path: `/coordinator/cases/${ctx.row.id}/travel` })
  if (providerId)
    await notifyRecipients(deps, await providerRecipients(deps.db, providerId), {
      ...email,
      path: `/clinic/referrals/${ctx.row.id}/travel`,
    })
}

/** The coordinator asks the treating clinic for its invitation letter: only for a listable offer. */
export async function requestInvitationLetter(
  deps: CaseDeps,
  ctx: CaseContext,
): Promise<Result<{ status: VisaStatus }, TravelRefusal | VisaStepRefusal>> {
  const caseId = ctx.row.id as CaseId
  const found = await planAndRules(deps, caseId)
  if (!found.ok) return found
  const { plan } = found.value
  const now = deps.clock.now()
  const outcome = await deps.db.transaction(async (tx) => {
    const stage = await stageUnderLock(tx, caseId)
    const current = await visaLetterOf(tx, caseId, plan.providerId as ProviderId)
    const decided = decideVisaStep(
      current?.status ?? null,
      { type: 'request-letter', offerListable: plan.offerListable },
      stage,
    )
    if (!decided.ok) return decided
    const id = randomUUID()
    await insertVisaLetter(tx, {
      id,
      caseId,
      referralId: plan.referralId,
      providerId: plan.providerId,
      destination: plan.countryCode,
      status: decided.value,
      requestedByUserId: ctx.actor.userId,
      requestedAt: now,
      updatedAt: now,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'travel.letter-requested',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { visaLetterId: id, providerId: plan.providerId, referralId: plan.referralId },
    })
    return ok({ status: decided.value })
  })
  if (outcome.ok)
    await tellOfVisa(deps, ctx, 'request-letter', outcome.value.status, plan.providerId as ProviderId)
  return outcome
}

/** The coordinator records the visa's progress: applied, granted or refused. */
export async function recordVisaStep(
  deps: CaseDeps,
  ctx: CaseContext,
  step: Extract<VisaStep['type'], 'visa-applied' | 'visa-granted' | 'visa-refused'>,
  seenVersion: number | null,
): Promise<Result<{ status: VisaStatus }, TravelRefusal | VisaStepRefusal>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const outcome = await deps.db.transaction(async (tx) => {
    const stage = await stageUnderLock(tx, caseId)
    const current = await visaLetterOf(tx, caseId)
    if (!current) return err({ code: 'visa.wrong-state', status: null, step } as const)
    if (seenVersion !== null && seenVersion !== current.version)
      return err({ code: 'travel.changed' } as const)
    const decided = decideVisaStep(current.status, { type: step }, stage)
    if (!decided.ok) return decided
    const dates = step === 'visa-applied' ? { visaAppliedAt: now } : { visaDecidedAt: now }
    if (
      !(await saveVisaLetter(tx, current.id, current.version, {
        status: decided.value,
        updatedAt: now,
        ...dates,
      }))
    )
      return err({ code: 'travel.changed' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: `travel.${step}`,
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { visaLetterId: current.id, from: current.status, to: decided.value },
    })
    return ok({ status: decided.value })
  })
  if (outcome.ok) await tellOfVisa(deps, ctx, step, outcome.value.status, null)
  return outcome
}

/** The letter's fields as a multipart form names them (before the file). */
export function letterInputOf(fields: Record<string, string>): LetterInput {
  const f = (k: string) => fields[k] ?? ''
  return {
    patientName: f('patientName'),
    patientPassport: f('patientPassport'),
    patientNationality: f('patientNationality'),
    attendants: [0, 1, 2].map((i) => ({
      name: f(`attendants.${i}.name`),
      passport: f(`attendants.${i}.passport`),
    })),
    treatment: f('treatment'),
    arrival: f('arrival'),
    departure: f('departure'),
    treatingDoctor: f('treatingDoctor'),
    prevalidationReference: f('prevalidationReference'),
  }
}

type Stored = { documentId: DocumentId; storageKey: string; checked: CheckedLetter; filename: string }

/**
 * The treating clinic uploads its signed, pre-validated letter (a PDF) with
 * the fields it carries. The fields come before the file in the form, so
 * they are checked before a byte is stored; the file is then stored through
 * the document pipeline, and the letter saved and checked again under the
 * case's lock. A refusal stores nothing.
 */
export async function uploadInvitationLetter(
  deps: CaseDeps,
  ctx: CaseContext,
  providerId: ProviderId,
  request: Request,
): Promise<Result<{ status: VisaStatus }, UploadLetterRefusal> & { fields?: Record<string, string> }> {
  const caseId = ctx.row.id as CaseId
  const found = await planAndRules(deps, caseId)
  if (!found.ok) return found
  const { plan, rules } = found.value
  if (plan.providerId !== providerId) return err({ code: 'travel.no-accepted-plan' })
  const travellers = unsealTravellers(ctx, await travellersOf(deps.db, caseId))
  const parsed = await readMultipart<Result<Stored, (LetterProblem | FileProblem)[]>>(
    request,
    async (file, fieldsSoFar) => {
      const checked = checkInvitationLetter(
        letterInputOf(fieldsSoFar),
        travellers,
        rules,
        earliestDateAt(deps.clock.now()),
      )
      if (!checked.ok || file.field !== 'file') {
        file.stream.resume() // read and dropped, so the answer still reaches the browser
        return err(checked.ok ? [{ code: 'letter.file-missing', field: 'file' } as const] : checked.error)
      }
      const id = randomUUID() as DocumentId
      const storageKey = `${caseId}/${id}`
      await insertPending(deps.db, { id, caseId, uploadedByUserId: ctx.actor.userId, storageKey })
      const stored = await ingestDocument(
        { storage: deps.storage, masterKey: deps.keys.master },
        file.stream,
        {
          storageKey,
          maxBytes: deps.limits.fileBytes,
        },
      )
      if (!stored.ok || stored.value.kind !== 'pdf') {
        await removePending(deps.db, id)
        if (stored.ok) await deps.storage.delete(storageKey).catch(() => {})
        return err([
          stored.ok
            ? { code: 'letter.not-pdf', field: 'file' }
            : { code: 'letter.file-refused', field: 'file', reason: stored.error },
        ])
      }
      const filename = cleanFilename(file.filename)
      const meta: DocumentMeta = { filename, issued: 'invitation-letter' }
      await markAvailable(deps.db, id, {
        kind: 'pdf',
        sizeBytes: stored.value.bytes,
        sha256: stored.value.sha256,
        wrappedKey: stored.value.wrappedKey,
        meta: seal(ctx.key, meta),
        availableAt: deps.clock.now(),
      })
      return ok({ documentId: id, storageKey, checked: checked.value, filename })
    },
    { files: 1 },
  )
  if (!parsed.ok) return err(parsed.error)
  const fields = parsed.value.fields
  const [file] = parsed.value.files
  if (!file) {
    // No file chosen: still say everything else that is wrong with the form.
    const checked = checkInvitationLetter(
      letterInputOf(fields),
      travellers,
      rules,
      earliestDateAt(deps.clock.now()),
    )
    const problems = [
      ...(checked.ok ? [] : checked.error),
      { code: 'letter.file-missing', field: 'file' } as const,
    ]
    return { ...err({ code: 'letter.problems', problems } as const), fields }
  }
  if (!file.ok) return { ...err({ code: 'letter.problems', problems: file.error } as const), fields }
  const stored = file.value
  const now = deps.clock.now()
  const outcome = await deps.db.transaction(async (tx) => {
    const stage = await stageUnderLock(tx, caseId)
    const current = await visaLetterOf(tx, caseId, providerId)
    const decided = decideVisaStep(current?.status ?? null, { type: 'upload-letter' }, stage)
    if (!decided.ok || !current) return decided.ok ? err({ code: 'travel.changed' } as const) : decided
    // The travellers may have changed while the file streamed.
    const again = checkInvitationLetter(
      letterInputOf(fields),
      unsealTravellers(ctx, await travellersOf(tx, caseId)),
      rules,
      earliestDateAt(deps.clock.now()),
    )
    if (!again.ok) return err({ code: 'letter.problems', problems: again.error } as const)
    const saved = await saveVisaLetter(tx, current.id, current.version, {
      status: decided.value,
      documentId: stored.documentId,
      uploadedByUserId: ctx.actor.userId,
      uploadedAt: now,
      checkedAt: now,
      sealedFields: seal(ctx.key, again.value),
      updatedAt: now,
    })
    if (!saved) return err({ code: 'travel.changed' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'travel.letter-uploaded',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: {
        visaLetterId: current.id,
        documentId: stored.documentId,
        providerId,
        travellers: travellers.length,
      },
    })
    return ok({ status: decided.value })
  })
  if (!outcome.ok) {
    await removePending(deps.db, stored.documentId)
    await deps.storage.delete(stored.storageKey).catch(() => {})
    return { ...outcome, fields }
  }
  await tellOfVisa(deps, ctx, 'upload-letter', outcome.value.status, null)
  return outcome
}
