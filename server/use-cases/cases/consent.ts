import { mayDecideConsent, PROCESSING_CONSENT_VERSION } from '#domain/cases/processing-consent.ts'
import {
  decideShares,
  shareAnswersOf,
  shareStatusAfter,
  type ShareRefusal,
} from '#domain/cases/share-decisions.ts'
import { asProviderId, type CaseId } from '#domain/shared/ids.ts'
import { finalReferralStatuses } from '#domain/referrals/referral.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { setProcessingConsent as saveProcessingConsent } from '../../stores/case-store.ts'
import { availableDocuments } from '../../stores/document-store.ts'
import { saveShare, sharesOf, withdrawAllShares } from '../../stores/share-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import { readChosenOffers } from '../../cases/case-reads.ts'
import { providerRecipients, referralsOfCase } from '../../stores/referral-store.ts'
import { notifyCoordinators, notifyRecipients } from './notify.ts'

// Consent is explicit and specific: one statement for processing health data,
// and per provider the documents and answer sections it may see. A change is
// one write, read by every clinic request, so it takes effect at once.
export async function setProcessingConsent(
  deps: CaseDeps,
  ctx: CaseContext,
  given: boolean,
): Promise<Result<null, { code: 'consent.not-yours' }>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  if (!ctx.actor.member || !mayDecideConsent(ctx.actor.member.role)) return err({ code: 'consent.not-yours' })
  await deps.db.transaction(async (tx) => {
    await saveProcessingConsent(
      tx,
      caseId,
      given ? { at: now, version: PROCESSING_CONSENT_VERSION } : null,
      now,
    )
    // Without consent to process, nothing may be shared either: every provider loses access now.
    if (!given) await withdrawAllShares(tx, caseId, ctx.actor.userId, now)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: given ? 'consent.processing-given' : 'consent.processing-withdrawn',
      subjectType: 'case',
      subjectId: caseId,
      details: { version: PROCESSING_CONSENT_VERSION, memberRole: ctx.actor.member?.role ?? null },
    })
  })
  // A sent case's coordinators and clinics lose it at once: they hear why, not just a closed page
  // (once: a repeated withdrawal, a replayed form, tells nobody again).
  if (!given && ctx.row.processingConsentAt !== null && ctx.row.stage !== 'inquiry')
    await tellOfConsentWithdrawn(deps, ctx)
  return ok(null)
}

async function tellOfConsentWithdrawn(deps: CaseDeps, ctx: CaseContext): Promise<void> {
  const reference = ctx.row.reference
  await notifyCoordinators(deps, ctx, {
    template: 'consent-withdrawn',
    path: `/coordinator/cases/${ctx.row.id}`,
    params: { reference },
  })
  const referred = await referralsOfCase(deps.db, ctx.row.id as CaseId)
  for (const { row } of referred.filter((r) => !finalReferralStatuses.includes(r.row.status)))
    await notifyRecipients(deps, await providerRecipients(deps.db, asProviderId(row.providerId)), {
      template: 'consent-withdrawn-clinic',
      path: '/clinic/referrals',
      params: { reference },
    })
}

/** The providers a patient decides sharing for: those of the offers they chose, once each. */
export async function providersToShareWith(deps: CaseDeps, caseId: CaseId) {
  const providers = new Map<string, { id: string; name: string; isDemo: boolean }>()
  for (const o of await readChosenOffers(deps.db, caseId))
    providers.set(o.providerId, { id: o.providerId, name: o.providerName, isDemo: o.providerIsDemo })
  return [...providers.values()]
}

/**
 * Records the sharing decision for every chosen provider in one transaction:
 * either every provider's decision is saved, or none is.
 */
export async function setShares(
  deps: CaseDeps,
  ctx: CaseContext,
  fields: Readonly<Record<string, readonly string[]>>,
): Promise<Result<null, (ShareRefusal | { code: 'consent.not-yours' })[]>> {
  const caseId = ctx.row.id as CaseId
  if (!ctx.actor.member || !mayDecideConsent(ctx.actor.member.role))
    return err([{ code: 'consent.not-yours' }])
  const providers = await providersToShareWith(deps, caseId)
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    const documents = await availableDocuments(tx, caseId)
    const decided = decideShares(
      shareAnswersOf(
        providers.map((p) => p.id),
        fields,
      ),
      documents.map((d) => d.id),
    )
    if (!decided.ok) {
      const names = new Map(providers.map((p) => [p.id, p.name]))
      return err(decided.error.map((r) => ({ ...r, provider: names.get(r.providerId) ?? r.providerId })))
    }
    const previous = new Map((await sharesOf(tx, caseId)).map((s) => [s.providerId, s.status]))
    for (const d of decided.value) {
      const status = shareStatusAfter(previous.get(d.providerId), d.share)
      await saveShare(tx, caseId, {
        providerId: d.providerId,
        status,
        documentIds: d.documentIds,
        sections: d.sections,
        changedByUserId: ctx.actor.userId,
        changedAt: now,
      })
      await appendAudit(tx, {
        actorUserId: ctx.actor.userId,
        action: `consent.share-${status}`,
        subjectType: 'case',
        subjectId: caseId,
        details: {
          providerId: d.providerId,
          documentIds: d.documentIds,
          sections: d.sections,
          memberRole: ctx.actor.member?.role ?? null,
        },
      })
    }
    return ok(null)
  })
}
