import { randomUUID } from 'node:crypto'
import type { Locale } from '#domain/i18n/locales.ts'
import { zonesOfCountry } from '#domain/intake/time-zones.ts'
import { checkQuote, type QuoteInput, type QuoteProblem } from '#domain/quotes/check-quote.ts'
import { checkCredentialsForQuote, type QuoteCredentialsRefusal } from '#domain/quotes/quote-credentials.ts'
import { checkQuotePolicy, type QuotedOffer, type QuotePolicyProblem } from '#domain/quotes/quote-policy.ts'
import {
  checkTreatmentPlan,
  type PlanProblem,
  type TreatmentPlanInput,
} from '#domain/quotes/treatment-plan.ts'
import type { FeeRule } from '#domain/quotes/waypoint-fee.ts'
import { referralRules } from '#domain/referrals/decide-referral.ts'
import { clinicToday } from '#domain/review/credential-expiry.ts'
import type { ReferralActor } from '#domain/referrals/referral.ts'
import { asQuoteId, type CaseId, type ProviderId, type QuoteId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { seal } from '../../cases/case-vault.ts'
import type { Db } from '../../db/client.ts'
import type { quote as quoteTable } from '../../db/schema/cases.ts'
import { approvedCredentialsOf } from '../../stores/credential-store.ts'
import { chosenOfferRows } from '../../stores/offer-choice-store.ts'
import { insertPlan, insertQuote, signingDoctorOf } from '../../stores/quote-store.ts'
import {
  runReferralCommand,
  type ReferralCommandDone,
  type ReferralCommandRefusal,
} from '../referrals/referral-commands.ts'

// A treating doctor sends the plan and its itemised quote (issue 15): the
// plan and the quote are checked as a whole (domain/quotes), then the listing
// policy reads them, then one transaction saves the referral as plan-proposed
// (guarded by the version the doctor saw), the plan and the quote, records the
// event and moves the case's stage. A refusal anywhere leaves nothing behind.

/** Waypoint's fee on every quote, 8%; product configuration, not the clinic's to type. */
export const waypointFee: FeeRule = { basisPoints: 800 }

export type PlanAndQuoteInput = {
  plan: TreatmentPlanInput
  quote: QuoteInput
  /** The doctor checked amounts far above the listed price (checkQuotePolicy). */
  confirmedPrice?: boolean
}

export type ProposePlanRefusal =
  | ReferralCommandRefusal
  | QuoteCredentialsRefusal
  | { code: 'plan.problems'; problems: (PlanProblem | QuoteProblem | QuotePolicyProblem)[] }

/**
 * The clinic's own zone when it has one (it set one to offer consultations);
 * else its country's first, where a price's last day differs by hours at most.
 */
function clinicTimeZone(clinic: { timeZone: string | null; countryCode: string }): string {
  return clinic.timeZone ?? zonesOfCountry(clinic.countryCode)[0] ?? 'UTC'
}

/** A plan and quote that passed every check, ready to store (what proposing and revising both save). */
export type CheckedPlanAndQuote = {
  plan: Extract<ReturnType<typeof checkTreatmentPlan>, { ok: true }>['value']
  quote: Extract<ReturnType<typeof checkQuote>, { ok: true }>['value']
  warnings: string[]
  timeZone: string
}

/**
 * The checks a plan and quote pass before anything is stored: the signer
 * may sign, the clinic's credentials hold, every field, then the listing
 * policy. Shared by the first plan and a changed one after arrival (ADR 0069).
 */
export async function checkPlanAndQuote(
  deps: CaseDeps,
  ctx: CaseContext,
  providerId: ProviderId,
  actor: Extract<ReferralActor, { kind: 'clinic-member' }>,
  input: PlanAndQuoteInput,
  locale: Locale,
): Promise<Result<CheckedPlanAndQuote, ProposePlanRefusal>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const doctor = await signingDoctorOf(deps.db, ctx.actor.userId, providerId)
  if (!doctor) return err({ code: 'referral.not-found' })
  // Asked of the referral rules before the form, so someone who may not sign is told that, not about fields.
  if (!referralRules['propose-plan'].by.includes(actor.role))
    return err({ code: 'referral.not-allowed', role: actor.role, command: 'propose-plan' })
  // Before the form: no typing fixes a lapsed credential, and the family must
  // not be quoted on one (issue 16). "Today" as the expiry job reads it.
  const credentials = checkCredentialsForQuote(
    await approvedCredentialsOf(deps.db, providerId),
    now,
    clinicToday(now, doctor.timeZone),
  )
  if (!credentials.ok) return credentials
  const plan = checkTreatmentPlan(input.plan, doctor)
  const timeZone = clinicTimeZone(doctor)
  const quote = checkQuote(input.quote, { now, timeZone, locale, fee: waypointFee })
  const problems = [...(plan.ok ? [] : plan.error), ...(quote.ok ? [] : quote.error)]
  if (!plan.ok || !quote.ok) return err({ code: 'plan.problems', problems })

  const offers: QuotedOffer[] = (await chosenOfferRows(deps.db, caseId))
    .filter((o) => o.providerId === providerId)
    .map((o) => ({
      verdict: o.verdict as QuotedOffer['verdict'],
      pathway: o.pathway === 'registered-trial' ? 'registered-trial' : 'standard-care',
      evidenceStanding: o.evidenceStanding,
      listedPrice:
        o.priceMinMinor !== null && o.currency
          ? { minMinor: o.priceMinMinor, maxMinor: o.priceMaxMinor ?? o.priceMinMinor, currency: o.currency }
          : null,
    }))
  const p = plan.value
  const q = quote.value
  const clinicLines = q.lines.filter((l) => l.category !== 'waypoint-fee')
  const policy = checkQuotePolicy({
    offers,
    lines: clinicLines,
    confirmedPrice: input.confirmedPrice === true,
    texts: [
      { field: 'protocol', text: p.protocol },
      { field: 'schedule', text: p.schedule },
      { field: 'pretreatmentTests', text: p.pretreatmentTests },
      { field: 'aftercare', text: p.aftercare },
      ...clinicLines.map((l, i) => ({ field: `lines.${i}.description`, text: l.description })),
      ...q.inclusions.map((text) => ({ field: 'inclusions', text })),
      ...q.exclusions.map((text) => ({ field: 'exclusions', text })),
    ],
  })
  if (!policy.ok) return err({ code: 'plan.problems', problems: policy.error })
  return ok({ plan: p, quote: q, warnings: policy.value.warnings, timeZone })
}

/** Stores a checked plan and its quote (inside the caller's transaction). */
export async function storePlanAndQuote(
  tx: Db,
  ctx: CaseContext,
  referralId: string,
  checked: CheckedPlanAndQuote,
  ids: { planId: string; quoteId: QuoteId },
  now: Date,
  extra: Partial<typeof quoteTable.$inferInsert> = {},
): Promise<void> {
  const { plan: p, quote: q } = checked
  await insertPlan(tx, {
    id: ids.planId,
    caseId: ctx.row.id,
    referralId,
    signedByUserId: ctx.actor.userId,
    doctorName: p.doctor.name,
    registrationNumber: p.doctor.registrationNumber,
    registrationCouncil: p.doctor.registrationCouncil,
    sessions: p.sessions,
    lengthOfStayDays: p.lengthOfStayDays,
    sealedBody: seal(ctx.key, {
      protocol: p.protocol,
      schedule: p.schedule,
      pretreatmentTests: p.pretreatmentTests,
      aftercare: p.aftercare,
    }),
    createdAt: now,
  })
  await insertQuote(tx, {
    id: ids.quoteId,
    caseId: ctx.row.id,
    referralId,
    planId: ids.planId,
    currency: q.currency,
    validUntil: q.validUntil,
    timeZone: checked.timeZone,
    overallMinor: q.totals.overall.minor,
    sealedBody: seal(ctx.key, { lines: q.lines, inclusions: q.inclusions, exclusions: q.exclusions }),
    warnings: checked.warnings,
    createdByUserId: ctx.actor.userId,
    createdAt: now,
    ...extra,
  })
}

export async function proposePlan(
  deps: CaseDeps,
  ctx: CaseContext,
  providerId: ProviderId,
  actor: Extract<ReferralActor, { kind: 'clinic-member' }>,
  input: PlanAndQuoteInput,
  locale: Locale,
  seenVersion?: number,
): Promise<Result<ReferralCommandDone, ProposePlanRefusal>> {
  const now = deps.clock.now()
  const checked = await checkPlanAndQuote(deps, ctx, providerId, actor, input, locale)
  if (!checked.ok) return checked
  const { timeZone } = checked.value
  const q = checked.value.quote
  const planId = randomUUID()
  const quoteId = asQuoteId(randomUUID())
  return runReferralCommand(
    deps,
    ctx,
    providerId,
    actor,
    { type: 'propose-plan', quote: { id: quoteId, validUntil: q.validUntil, timeZone } },
    seenVersion,
    (tx, next) => storePlanAndQuote(tx, ctx, next.id, checked.value, { planId, quoteId }, now),
  )
}
