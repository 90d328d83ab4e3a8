import { randomUUID } from 'node:crypto'
import { alsfrsAnswersOf } from '#domain/intake/alsfrs-summary.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { latestDateAt, type CalendarDate } from '#domain/shared/calendar-date.ts'
import type { CaseId, ProviderId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import {
  bulbarFromAlsfrs,
  decideFitToFly,
  parseFitToFly,
  type FitToFlyDecision,
  type FitToFlyProblem,
  type FitToFlyRecord,
} from '#domain/travel/fit-to-fly.ts'
import { itinerary, sortKey, visaWindow, type Stored, type VisaWindow } from '#domain/travel/itinerary.ts'
import {
  checklistGroups,
  checklistItems,
  checklistProgress,
  isChecklistItem,
  type ChecklistProgress,
} from '#domain/travel/pre-departure-checklist.ts'
import {
  checkAgainstPlan,
  parseTripItem,
  pastItemProblems,
  type TripItem,
  type TripItemKind,
  type TripProblem,
} from '#domain/travel/trip-items.ts'
import { appendAudit, auditRead } from '../../audit/audit-log.ts'
import { itineraryCalendar } from '../../calendar/itinerary-calendar.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { seal, unseal } from '../../cases/case-vault.ts'
import { airTravelRules } from '../../content/air-travel.ts'
import { visaRulesFor } from '../../content/visa-rules.ts'
import { lockCase } from '../../stores/case-store.ts'
import { followCare, tellFamilyOfStage } from '../cases/follow-care.ts'
import { acceptedPlanOf } from '../../stores/travel-store.ts'
import {
  checklistOf,
  deleteTripItem,
  fitToFlyOf,
  insertTripItem,
  saveFitToFly,
  setChecklistItem,
  tripItemsOf,
  updateTripItem,
  type TripItemRow,
} from '../../stores/trip-store.ts'

// The trip after the visa (issue 17, ADR 0064): the fit-to-fly check, the
// travel plan, its itinerary and calendar file, and the pre-departure
// checklist. The coordinator records the check and edits the plan; the
// family ticks the checklist; the family and the treating clinic read. No
// flight is added until a recorded check lets the person fly. Everything
// typed is sealed with the case key; audit entries carry ids and kinds only.

export type TripAudience = 'coordinator' | 'member' | 'clinic'

export type TripRefusal =
  | { code: 'travel.no-accepted-plan' }
  | { code: 'travel.changed' }
  | { code: 'trip.item-not-found' }
  | { code: 'trip.fit-to-fly-first'; field: 'form' }

type SealedCheck = FitToFlyRecord & { decision: FitToFlyDecision }

export type TripItemView = Stored & { version: number }

export type TripView = {
  providerName: string
  /** The coordinator's form is filled from this; the family and the clinic see the outcome only. */
  fitToFly: {
    outcome: FitToFlyDecision['outcome']
    reasons: FitToFlyDecision['reasons']
    oxygen: boolean
    mayBook: boolean
    recordedAt: Date
    signOff: FitToFlyRecord['signOff']
    hypoxicChallenge: FitToFlyRecord['hypoxicChallenge']
    record?: FitToFlyRecord
    version: number
  } | null
  /** What the intake suggests for the check, before one is recorded (coordinator only). */
  suggested?: Record<string, string>
  timed: TripItemView[]
  people: TripItemView[]
  visa: (VisaWindow & { validityDays: number; visaName: string; visaId: string }) | null
  lengthOfStayDays: number | null
  checklist: { groups: typeof checklistGroups; ticked: string[]; progress: ChecklistProgress }
}

const todayOf = (deps: Pick<CaseDeps, 'clock'>): CalendarDate => latestDateAt(deps.clock.now())

const itemsOf = (ctx: CaseContext, rows: TripItemRow[]): TripItemView[] =>
  rows.map((r) => ({ id: r.id, version: r.version, item: unseal<TripItem>(ctx.key, r.sealedBody) }))

/** The check's fields as the intake suggests them: breathing support, FVC, ALSFRS-R orthopnoea and bulbar items. */
function suggestedFromIntake(ctx: CaseContext): Record<string, string> {
  const a = ctx.answers()
  const out: Record<string, string> = {}
  const breathing = a['breathing-support']
  if (typeof breathing === 'string') out.homeVentilation = breathing === 'none' ? 'no' : 'yes'
  const items = alsfrsAnswersOf(a)
  if (items['11'] !== undefined) out.orthopnoea = items['11'] < 4 ? 'yes' : 'no'
  out.bulbar = bulbarFromAlsfrs(items, airTravelRules())
  const fvc = a['fvc']
  if (fvc && typeof fvc === 'object' && 'percent' in fvc && 'date' in fvc) {
    out.fvcPercent = String((fvc as { percent: unknown }).percent)
    out.fvcDate = String((fvc as { date: unknown }).date)
  }
  return out
}

/** The trip as one audience sees it; null before a plan is accepted, and for a clinic other than the treating one. */
export async function readTrip(
  deps: CaseDeps,
  ctx: CaseContext,
  audience: TripAudience,
  onlyProvider?: ProviderId,
): Promise<TripView | null> {
  const caseId = ctx.row.id as CaseId
  const plan = await acceptedPlanOf(deps.db, caseId)
  if (!plan || (onlyProvider && plan.providerId !== onlyProvider)) return null
  if (audience !== 'member')
    await auditRead(deps.db, {
      viewer: { id: ctx.actor.userId, role: ctx.actor.kind },
      as: audience,
      subject: { type: 'case', id: caseId },
      requestId: ctx.requestId,
      details: { part: 'trip' },
    })
  const check = await fitToFlyOf(deps.db, caseId)
  const sealed = check ? unseal<SealedCheck>(ctx.key, check.sealedBody) : null
  const items = itemsOf(ctx, await tripItemsOf(deps.db, caseId))
  const { timed, people } = itinerary(items)
  const rules = visaRulesFor(plan.countryCode)
  const ticked = (await checklistOf(deps.db, caseId)).map((r) => r.item)
  const { decision: _, ...record } = sealed ?? { decision: null }
  return {
    providerName: plan.providerName,
    fitToFly:
      check && sealed
        ? {
            outcome: sealed.decision.outcome,
            reasons: sealed.decision.reasons,
            oxygen: sealed.decision.oxygen,
            mayBook: check.mayBook,
            recordedAt: check.recordedAt,
            signOff: sealed.signOff,
            hypoxicChallenge: sealed.hypoxicChallenge,
            version: check.version,
            ...(audience === 'coordinator' ? { record: record as FitToFlyRecord } : {}),
          }
        : null,
    ...(audience === 'coordinator' && !check ? { suggested: suggestedFromIntake(ctx) } : {}),
    timed,
    people,
    visa: rules
      ? {
          ...visaWindow(
            items.map((i) => i.item),
            plan.lengthOfStayDays,
            rules.visa.validityDays,
          ),
          validityDays: rules.visa.validityDays,
          visaName: rules.visa.name,
          /** The rules' id, which names the visa in the viewer's language. */
          visaId: rules.id,
        }
      : null,
    lengthOfStayDays: plan.lengthOfStayDays,
    checklist: { groups: checklistGroups, ticked, progress: checklistProgress(new Set(ticked)) },
  }
}

/** The coordinator records the check and its outcome; recording it again replaces it. */
export async function recordFitToFly(
  deps: CaseDeps,
  ctx: CaseContext,
  raw: Readonly<Record<string, string | undefined>>,
): Promise<Result<{ outcome: FitToFlyDecision['outcome'] }, TripRefusal | FitToFlyProblem[]>> {
  const caseId = ctx.row.id as CaseId
  const today = todayOf(deps)
  const parsed = parseFitToFly(raw, today)
  if (!parsed.ok) return parsed
  const decision = decideFitToFly(parsed.value, parsed.value, airTravelRules(), today)
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    await lockCase(tx, caseId)
    if (!(await acceptedPlanOf(tx, caseId))) return err({ code: 'travel.no-accepted-plan' } as const)
    const before = await fitToFlyOf(tx, caseId)
    const sealed: SealedCheck = { ...parsed.value, decision }
    await saveFitToFly(tx, {
      caseId,
      outcome: decision.outcome,
      mayBook: decision.mayBook,
      sealedBody: seal(ctx.key, sealed),
      version: (before?.version ?? 0) + 1,
      recordedByUserId: ctx.actor.userId,
      recordedAt: now,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'travel.fit-to-fly-recorded',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { outcome: decision.outcome, mayBook: decision.mayBook, reasons: decision.reasons },
    })
    return ok({ outcome: decision.outcome })
  })
}

const startsAtOf = (item: TripItem): Date | null => {
  const key = sortKey(item)
  return key === null ? null : new Date(key)
}

async function checkedItem(
  tx: CaseDeps['db'],
  ctx: CaseContext,
  kind: TripItemKind,
  raw: Readonly<Record<string, string | undefined>>,
  except: string | null,
  now: Date,
): Promise<Result<TripItem, TripRefusal | TripProblem[]>> {
  const caseId = ctx.row.id as CaseId
  const parsed = parseTripItem(kind, raw)
  if (!parsed.ok) return parsed
  if (kind === 'flight' && !(await fitToFlyOf(tx, caseId))?.mayBook)
    return err({ code: 'trip.fit-to-fly-first', field: 'form' } as const)
  const items = itemsOf(ctx, await tripItemsOf(tx, caseId))
  const before = items.find((i) => i.id === except)?.item ?? null
  const past = pastItemProblems(parsed.value, before, now)
  if (past.length > 0) return err(past)
  const others = items.filter((i) => i.id !== except)
  return checkAgainstPlan(
    parsed.value,
    others.map((o) => o.item),
  )
}

/** The coordinator adds an item; a flight only once the check lets the person fly, and never overlapping another. */
export async function addTripItem(
  deps: CaseDeps,
  ctx: CaseContext,
  kind: string,
  raw: Readonly<Record<string, string | undefined>>,
): Promise<Result<{ id: string }, TripRefusal | TripProblem[]>> {
  const caseId = ctx.row.id as CaseId
  const known = parseTripItem(kind, raw)
  if (!known.ok) return known
  const now = deps.clock.now()
  const done = await deps.db.transaction(async (tx) => {
    await lockCase(tx, caseId)
    if (!(await acceptedPlanOf(tx, caseId))) return err({ code: 'travel.no-accepted-plan' } as const)
    const checked = await checkedItem(tx, ctx, known.value.kind, raw, null, now)
    if (!checked.ok) return checked
    const id = randomUUID()
    await insertTripItem(tx, {
      id,
      caseId,
      kind: checked.value.kind,
      startsAt: startsAtOf(checked.value),
      sealedBody: seal(ctx.key, checked.value),
      createdByUserId: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'travel.item-added',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { itemId: id, kind: checked.value.kind },
    })
    // The first flight books the travel (issue 17), in the same transaction.
    const moved = checked.value.kind === 'flight' ? await followCare(tx, ctx, 'flight-saved', now) : null
    return ok({ id, moved })
  })
  if (!done.ok) return done
  // Adding to the trip plan emails nobody, so "travel booked" is the family's one email for it.
  await tellFamilyOfStage(deps, ctx, done.value.moved)
  return ok({ id: done.value.id })
}

/** The coordinator changes an item, from the version the page showed. */
export async function changeTripItem(
  deps: CaseDeps,
  ctx: CaseContext,
  itemId: string,
  seenVersion: number,
  raw: Readonly<Record<string, string | undefined>>,
): Promise<Result<{ id: string }, TripRefusal | TripProblem[]>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    await lockCase(tx, caseId)
    const row = (await tripItemsOf(tx, caseId)).find((r) => r.id === itemId)
    if (!row) return err({ code: 'trip.item-not-found' } as const)
    if (row.version !== seenVersion) return err({ code: 'travel.changed' } as const)
    const checked = await checkedItem(tx, ctx, row.kind, raw, itemId, now)
    if (!checked.ok) return checked
    const saved = await updateTripItem(tx, caseId, itemId, seenVersion, {
      startsAt: startsAtOf(checked.value),
      sealedBody: seal(ctx.key, checked.value),
      updatedAt: now,
    })
    if (!saved) return err({ code: 'travel.changed' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'travel.item-changed',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { itemId, kind: row.kind },
    })
    return ok({ id: itemId })
  })
}

export async function removeTripItem(
  deps: CaseDeps,
  ctx: CaseContext,
  itemId: string,
  seenVersion: number,
): Promise<Result<{ id: string }, TripRefusal>> {
  const caseId = ctx.row.id as CaseId
  return deps.db.transaction(async (tx) => {
    await lockCase(tx, caseId)
    const row = (await tripItemsOf(tx, caseId)).find((r) => r.id === itemId)
    if (!row) return err({ code: 'trip.item-not-found' } as const)
    if (!(await deleteTripItem(tx, caseId, itemId, seenVersion)))
      return err({ code: 'travel.changed' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'travel.item-removed',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { itemId, kind: row.kind },
    })
    return ok({ id: itemId })
  })
}

/**
 * The family saves the checklist: `done` is every line ticked now. Only the
 * lines that changed are written and audited, in one transaction; a line the
 * list does not have refuses the whole save.
 */
export async function saveChecklist(
  deps: CaseDeps,
  ctx: CaseContext,
  done: readonly string[],
): Promise<Result<{ changed: number }, TripRefusal | { code: 'trip.checklist-item-unknown' }>> {
  const caseId = ctx.row.id as CaseId
  if (!done.every(isChecklistItem)) return err({ code: 'trip.checklist-item-unknown' })
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    await lockCase(tx, caseId)
    if (!(await acceptedPlanOf(tx, caseId))) return err({ code: 'travel.no-accepted-plan' } as const)
    const before = new Set((await checklistOf(tx, caseId)).map((r) => r.item))
    const wanted = new Set(done)
    const changes = checklistItems.filter((i) => before.has(i) !== wanted.has(i))
    for (const item of changes) {
      const ticked = wanted.has(item)
      await setChecklistItem(tx, caseId, item, ticked ? { byUserId: ctx.actor.userId, at: now } : null)
      await appendAudit(tx, {
        actorUserId: ctx.actor.userId,
        action: ticked ? 'travel.checklist-ticked' : 'travel.checklist-unticked',
        subjectType: 'case',
        subjectId: caseId,
        requestId: ctx.requestId,
        details: { item },
      })
    }
    return ok({ changed: changes.length })
  })
}

/**
 * The itinerary as an iCalendar file, its words in the viewer's language.
 * Like the page, it is empty (a calendar with no events) before a plan is
 * accepted and for a clinic other than the treating one.
 */
export async function tripCalendar(
  deps: CaseDeps,
  ctx: CaseContext,
  audience: TripAudience,
  locale: Locale,
  onlyProvider?: ProviderId,
): Promise<string> {
  const view = await readTrip(deps, ctx, audience, onlyProvider)
  return itineraryCalendar({
    items: view?.timed ?? [],
    reference: ctx.row.reference,
    locale,
    uidHost: new URL(deps.notify.publicUrl).host,
    stamp: deps.clock.now(),
  })
}
