import { randomUUID } from 'node:crypto'
import type { Locale } from '#domain/i18n/locales.ts'
import type { PolicyDecision } from '#domain/listing/types.ts'
import { mayEditSubmissions, type OnboardingRefusal } from '#domain/review/onboarding-access.ts'
import { checkOffer, type OfferInput, type OfferProblem } from '#domain/review/offer-form.ts'
import type { ProviderId, UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { lockClinic, teamRoleOf } from '../../stores/clinic-team-store.ts'
import {
  catalogueChoices,
  insertOffer,
  namesFor,
  onboardingProvider,
  perUsd,
  updateOffer,
} from '../../stores/onboarding-store.ts'
import { decideOfferVerdict } from '../catalogue/decide-offer-verdict.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import { usdCentsOf } from '#domain/cases/viewer-currency.ts'

// A clinic submits an offer, or changes one (issue 16). The listing policy
// judges it at once and the clinic reads the verdict and its reasons in its
// own language; whatever the verdict, the offer is `pending` until a reviewer
// approves it, so no public page shows it (isPublicOffer, ADR 0052). A change
// to an approved offer takes it off public pages again.

export type OfferRefusal = OfferProblem | OnboardingRefusal | { code: 'offer.not-found' }

export async function submitOffer(
  deps: Pick<CaseDeps, 'db' | 'clock'>,
  viewerId: UserId,
  providerId: ProviderId,
  input: OfferInput & { offer?: string },
  locale: Locale,
): Promise<Result<{ offerId: string; verdict: PolicyDecision }, OfferRefusal[]>> {
  const role = await teamRoleOf(deps.db, viewerId, providerId)
  if (!role) return err([{ code: 'onboarding.not-found' }])
  if (!mayEditSubmissions(role)) return err([{ code: 'onboarding.not-allowed' }])
  const choices = await catalogueChoices(deps.db)
  const checked = checkOffer(input, {
    treatmentIds: choices.treatments.map((t) => t.id),
    conditionIds: choices.conditions.map((c) => c.id),
    locale,
  })
  if (!checked.ok) return checked
  const o = checked.value
  const clinic = await onboardingProvider(deps.db, providerId)
  if (!clinic) return err([{ code: 'onboarding.not-found' }])
  const now = deps.clock.now()
  const offerId = input.offer || randomUUID()
  // The registry id is what the clinic claims; permissions and approvals are
  // proved by credentials a reviewer checks, so none is marked verified here.
  const trial = o.trialRegistryId ? { registryId: o.trialRegistryId } : null
  const verdict = await decideOfferVerdict(
    deps.db,
    {
      id: offerId,
      providerId,
      title: o.title,
      pathway: o.pathway,
      treatmentId: o.treatmentId,
      conditionId: o.conditionId,
      protocol: o.protocol,
      claimsText: o.claimsText,
      inclusions: o.inclusions,
      exclusions: o.exclusions,
      price: o.price,
      chargesForInvestigationalProduct: o.chargesForInvestigationalProduct,
      trial,
    },
    now,
  )
  const rate = o.price ? await perUsd(deps.db, o.price.currency) : null
  const usdCents = (minor: number | undefined) =>
    minor === undefined || rate === null || !o.price ? null : usdCentsOf(minor, o.price.currency, rate)
  const names = await namesFor(deps.db, o.treatmentId, o.conditionId)
  const values = {
    treatmentId: o.treatmentId,
    conditionId: o.conditionId,
    title: o.title,
    pathway: o.pathway,
    protocol: o.protocol,
    sessions: o.sessions,
    lengthOfStayDays: o.lengthOfStayDays,
    inclusions: o.inclusions,
    exclusions: o.exclusions,
    priceMinMinor: o.price?.min ?? null,
    priceMaxMinor: o.price?.max ?? null,
    currency: o.price?.currency ?? null,
    priceMinUsdCents: usdCents(o.price?.min),
    priceMaxUsdCents: usdCents(o.price?.max),
    claimsText: o.claimsText,
    trial,
    chargesForInvestigationalProduct: o.chargesForInvestigationalProduct,
    searchText: [
      o.title,
      names.treatment,
      names.condition,
      o.pathway === 'registered-trial' ? 'clinical trial research' : 'care',
      clinic.name,
      clinic.city,
    ]
      .join(' ')
      .toLowerCase(),
    verdict: verdict.verdict,
    verdictReasons: verdict.reasons,
    verdictAt: now,
    reviewStatus: 'pending' as const,
    submittedByUserId: viewerId,
    submittedAt: now,
  }
  const saved = await deps.db.transaction(async (tx) => {
    if (!(await lockClinic(tx, providerId))) return false
    if (input.offer) {
      if (!(await updateOffer(tx, providerId, input.offer, values))) return false
    } else await insertOffer(tx, { id: offerId, providerId, ...values })
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: input.offer ? 'offer.changed' : 'offer.submitted',
      subjectType: 'offer',
      subjectId: offerId,
      details: { providerId, verdict: verdict.verdict },
    })
    return true
  })
  if (!saved) return err([{ code: 'offer.not-found' }])
  // A changed offer that was public leaves search and every cached page at once.
  if (input.offer) await publishListingChange(deps.db, [providerId])
  return ok({ offerId, verdict })
}
