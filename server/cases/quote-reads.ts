import type { Money } from '#domain/quotes/money.ts'
import { revisionState } from '#domain/quotes/plan-revision.ts'
import type { QuoteLine } from '#domain/quotes/quote-line.ts'
import { quoteStanding, type QuoteStanding } from '#domain/quotes/quote-standing.ts'
import { quoteTotals, type QuoteTotals } from '#domain/quotes/quote-totals.ts'
import type { CurrencyCode } from '#domain/quotes/currencies.ts'
import type { ReferralStatus } from '#domain/referrals/referral.ts'
import type { CaseId, ProviderId, QuoteId, ReferralId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { currentQuotesOfCase, quotesOfReferral } from '../stores/quote-store.ts'
import type { CaseContext } from './case-context.ts'
import { unseal } from './case-vault.ts'

// The plan and quote each referral of the case carries now, unsealed for the
// reader the handle serves: the family sees every clinic's, a clinic its own.
export type PlanView = {
  protocol: string
  schedule: string
  sessions: number
  lengthOfStayDays: number
  pretreatmentTests: string
  aftercare: string
  doctor: { name: string; registrationNumber: string; registrationCouncil: string }
}

export type QuoteView = {
  quoteId: QuoteId
  referralId: ReferralId
  providerId: ProviderId
  providerName: string
  referralStatus: ReferralStatus
  referralVersion: number
  currency: CurrencyCode
  validUntil: string
  /** The clinic's zone, where the last valid day ends. */
  timeZone: string
  issuedAt: Date
  /** Set once the family accepted it: from then on it never changes. */
  acceptedAt: Date | null
  lines: QuoteLine[]
  inclusions: string[]
  exclusions: string[]
  totals: QuoteTotals
  warnings: string[]
  plan: PlanView
}

type SealedPlan = Pick<PlanView, 'protocol' | 'schedule' | 'pretreatmentTests' | 'aftercare'>
type SealedQuote = { lines: QuoteLine[]; inclusions: string[]; exclusions: string[] }

export async function readCurrentQuotes(
  db: Db,
  ctx: CaseContext,
  onlyProvider?: ProviderId,
): Promise<QuoteView[]> {
  const rows = await currentQuotesOfCase(db, ctx.row.id as CaseId)
  return rows
    .filter((r) => !onlyProvider || r.referral.providerId === onlyProvider)
    .map((row) => quoteViewOf(ctx, row))
}

/**
 * Each clinic's current plan and what its quote asks, without the lines:
 * what staff who judge or follow the plans read (the coordinator's case
 * screen, the reviewing doctor), with where the quote stands now.
 */
export type PlanSummary = {
  referralId: ReferralId
  providerName: string
  plan: PlanView
  total: Money
  validUntil: string
  timeZone: string
  issuedAt: Date
  standing: QuoteStanding
}

export async function readPlanSummaries(db: Db, ctx: CaseContext, now: Date): Promise<PlanSummary[]> {
  return (await readCurrentQuotes(db, ctx)).map((q) => ({
    referralId: q.referralId,
    providerName: q.providerName,
    plan: q.plan,
    total: q.totals.overall,
    validUntil: q.validUntil,
    timeZone: q.timeZone,
    issuedAt: q.issuedAt,
    standing: quoteStanding(q.referralStatus, q, now),
  }))
}

type QuoteRow = Awaited<ReturnType<typeof currentQuotesOfCase>>[number]

function quoteViewOf(ctx: CaseContext, { quote, plan, referral, providerName }: QuoteRow): QuoteView {
  const body = unseal<SealedQuote>(ctx.key, quote.sealedBody)
  const planBody = unseal<SealedPlan>(ctx.key, plan.sealedBody)
  const currency = quote.currency as CurrencyCode
  const totals = quoteTotals(body.lines, currency)
  // Checked when it was sent; a stored quote whose sums no longer fit is corrupt, not a refusal.
  if (!totals) throw new Error(`quote ${quote.id} has totals past the limit`)
  return {
    quoteId: quote.id as QuoteId,
    referralId: referral.id as ReferralId,
    providerId: referral.providerId as ProviderId,
    providerName,
    referralStatus: referral.status,
    referralVersion: referral.version,
    currency,
    validUntil: quote.validUntil,
    timeZone: quote.timeZone,
    issuedAt: quote.createdAt,
    acceptedAt: quote.acceptedAt,
    lines: body.lines,
    inclusions: body.inclusions,
    exclusions: body.exclusions,
    totals,
    warnings: quote.warnings,
    plan: {
      ...planBody,
      sessions: plan.sessions,
      lengthOfStayDays: plan.lengthOfStayDays,
      doctor: {
        name: plan.doctorName,
        registrationNumber: plan.registrationNumber,
        registrationCouncil: plan.registrationCouncil,
      },
    },
  }
}

/**
 * A changed plan after arrival (ADR 0069), on one clinic's accepted referral:
 * the quote in force, the changed quote waiting for the family, if any, the
 * changes they declined (ADR 0073), the changes the clinic withdrew (ADR
 * 0081), and the accepted quotes changes superseded, each still readable.
 * `latestDeclined` and `latestWithdrawn`: the last change sent was declined,
 * or taken back, so the agreed plan stands and nothing newer waits.
 */
export async function readPlanRevisions(
  db: Db,
  ctx: CaseContext,
  referralId: ReferralId,
): Promise<{
  current: QuoteView | null
  pending: QuoteView | null
  declined: (QuoteView & { declinedAt: Date })[]
  latestDeclined: boolean
  withdrawn: (QuoteView & { withdrawnAt: Date })[]
  latestWithdrawn: boolean
  superseded: (QuoteView & { supersededAt: Date })[]
}> {
  const rows = await quotesOfReferral(db, ctx.row.id as CaseId, referralId)
  const stateOf = (r: (typeof rows)[number]) => revisionState(r.quote)
  const current = rows.find((r) => r.quote.id === r.referral.quoteId)
  const pending = rows.find((r) => r.quote.revisesQuoteId && stateOf(r) === 'pending')
  // A change waits only when every earlier one was answered, so it is the latest
  // whatever the clock says (two sent within one tick sort either way).
  const changes = rows.filter((r) => r.quote.revisesQuoteId)
  const latest = pending ?? changes.at(-1)
  return {
    current: current ? quoteViewOf(ctx, current) : null,
    pending: pending ? quoteViewOf(ctx, pending) : null,
    declined: rows.flatMap((r) =>
      r.quote.declinedAt ? [{ ...quoteViewOf(ctx, r), declinedAt: r.quote.declinedAt }] : [],
    ),
    latestDeclined: latest !== undefined && stateOf(latest) === 'declined',
    withdrawn: rows.flatMap((r) =>
      r.quote.withdrawnAt ? [{ ...quoteViewOf(ctx, r), withdrawnAt: r.quote.withdrawnAt }] : [],
    ),
    latestWithdrawn: latest !== undefined && stateOf(latest) === 'withdrawn',
    superseded: rows.flatMap((r) =>
      r.quote.supersededAt ? [{ ...quoteViewOf(ctx, r), supersededAt: r.quote.supersededAt }] : [],
    ),
  }
}
