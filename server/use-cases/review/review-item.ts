import type { StoredReason } from '#domain/listing/types.ts'
import {
  approvalsNeeded,
  currentApprovers,
  isCellBasedOffer,
  readEvidence,
  type PastDecision,
  type ReviewCase,
  type ReviewItem,
} from '#domain/review/decide-review.ts'
import type { ReviewSubject } from '#domain/review/review-status.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { Db } from '../../db/client.ts'
import { trialsForOffers } from '../trials/offer-trials.ts'
import {
  clinicDocuments,
  clinicRow,
  credentialRow,
  decisionHistory,
  offerNames,
  offerRow,
  providerIdsOfStaff,
} from '../../stores/review-store.ts'

// One submitted item as a reviewer reads it (issue 16, ADR 0054): the item,
// its clinic, the clinic's documents, the policy's verdict and reasons, every
// decision so far, and what the decision form needs. The read is audited: it
// shows a clinic's registration and contacts and lists its documents.
type ItemDeps = Pick<CaseDeps, 'db' | 'clock'>

type Clinic = NonNullable<Awaited<ReturnType<typeof clinicRow>>>

export type ReviewDetails =
  | {
      subject: 'provider'
      kind: string
      countryCode: string
      city: string
      address: string | null
      registrationNumber: string | null
      contactEmail: string | null
      contactPhone: string | null
      languages: string[]
      internationalDesk: boolean
      summary: string
    }
  | {
      subject: 'credential'
      kind: string
      issuer: string
      reference: string
      scope: string | null
      holderName: string | null
      validFrom: string | null
      validTo: string | null
      documentId: string | null
      verificationMethod: string | null
      verifiedAt: string | null
      standing: string
    }
  | {
      subject: 'offer'
      treatment: string
      treatmentClass: string
      condition: string
      conditionId: string
      pathway: string
      protocol: string | null
      claimsText: string
      inclusions: string[]
      exclusions: string[]
      price: { min: number; max: number; currency: string } | null
      trialRegistryId: string | null
      chargesForInvestigationalProduct: boolean
    }

/**
 * The item and what deciding on it needs, loaded with `db` (a transaction
 * with `lock`, which then holds the item's row until it ends).
 */
export async function loadReviewCase(db: Db, subject: ReviewSubject, id: string, lock = false) {
  let clinic: Clinic | null
  let item: ReviewItem
  let details: ReviewDetails
  let label: string
  let status: ReviewCase['status']
  let submittedAt: Date | null = null
  let reasons: StoredReason[] = []
  let verdict: string | null = null
  if (subject === 'provider') {
    clinic = await clinicRow(db, id, lock)
    if (!clinic) return null
    item = { subject: 'provider' }
    label = clinic.name
    status = clinic.reviewStatus
    details = {
      subject,
      kind: clinic.kind,
      countryCode: clinic.countryCode,
      city: clinic.city,
      address: clinic.address,
      registrationNumber: clinic.registrationNumber,
      contactEmail: clinic.contactEmail,
      contactPhone: clinic.contactPhone,
      languages: clinic.languages,
      internationalDesk: clinic.internationalDesk,
      summary: clinic.summary,
    }
  } else if (subject === 'credential') {
    const row = await credentialRow(db, id, lock)
    clinic = row ? await clinicRow(db, row.providerId) : null
    if (!row || !clinic) return null
    item = {
      subject,
      kind: row.kind,
      validFrom: row.validFrom,
      validTo: row.validTo,
      clinicStatus: clinic.reviewStatus,
    }
    label = `${row.issuer} ${row.reference}`
    status = row.reviewStatus
    details = {
      subject,
      kind: row.kind,
      issuer: row.issuer,
      reference: row.reference,
      scope: row.scope,
      holderName: row.holderName,
      validFrom: row.validFrom,
      validTo: row.validTo,
      documentId: row.documentId,
      verificationMethod: row.verificationMethod,
      verifiedAt: row.verifiedAt?.toISOString() ?? null,
      standing: row.standing,
    }
  } else {
    const row = await offerRow(db, id, lock)
    clinic = row ? await clinicRow(db, row.providerId) : null
    if (!row || !clinic) return null
    const names = await offerNames(db, row.treatmentId, row.conditionId)
    reasons = row.verdictReasons as StoredReason[]
    verdict = row.verdict
    item = {
      subject,
      verdict: row.verdict,
      cellBased: isCellBasedOffer({ treatmentClass: names.treatmentClass, reasons }),
      clinicStatus: clinic.reviewStatus,
    }
    label = row.title
    status = row.reviewStatus
    submittedAt = row.submittedAt
    details = {
      subject,
      treatment: names.treatment,
      treatmentClass: names.treatmentClass,
      condition: names.condition,
      conditionId: row.conditionId,
      pathway: row.pathway,
      protocol: row.protocol,
      claimsText: row.claimsText,
      inclusions: row.inclusions,
      exclusions: row.exclusions,
      price:
        row.priceMinMinor !== null && row.priceMaxMinor !== null && row.currency
          ? { min: row.priceMinMinor, max: row.priceMaxMinor, currency: row.currency }
          : null,
      trialRegistryId: typeof row.trial?.['registryId'] === 'string' ? row.trial['registryId'] : null,
      chargesForInvestigationalProduct: row.chargesForInvestigationalProduct,
    }
  }
  const history = await decisionHistory(db, subject, id)
  const decisions: PastDecision[] = history.map((h) => ({
    decision: h.decision,
    reviewerId: h.reviewerId,
    decidedAt: h.decidedAt,
  }))
  const current: ReviewCase = { item, providerId: clinic.id, status, submittedAt, decisions }
  return { current, clinic, details, label, history, reasons, verdict }
}

export type ReviewItemView = NonNullable<Awaited<ReturnType<typeof openReviewItem>>>

/** The item for a reviewer's page, or null (the page is then "not found"); the read is audited first. */
export async function openReviewItem(
  deps: ItemDeps,
  viewer: { id: UserId },
  subject: ReviewSubject,
  id: string,
  requestId: string | null,
) {
  const loaded = await loadReviewCase(deps.db, subject, id)
  if (!loaded) return null
  const { current, clinic, details, label, history, reasons, verdict } = loaded
  await appendAudit(deps.db, {
    actorUserId: viewer.id,
    action: 'review-item.read',
    subjectType: subject,
    subjectId: id,
    requestId,
    details: { providerId: clinic.id },
  })
  const [documents, staffOf, registryTrial] = await Promise.all([
    clinicDocuments(deps.db, clinic.id),
    providerIdsOfStaff(deps.db, viewer.id),
    // The claimed trial as the registry records it, so a reviewer sees a mismatch before approving.
    details.subject === 'offer' && details.trialRegistryId
      ? trialsForOffers(
          deps.db,
          [
            {
              id,
              trial: { registryId: details.trialRegistryId },
              conditionId: details.conditionId,
              conditionName: details.condition,
              providerName: clinic.name,
              providerCity: clinic.city,
              providerCountry: clinic.countryCode,
            },
          ],
          deps.clock.now(),
        ).then((m) => m.get(id) ?? null)
      : Promise.resolve(null),
  ])
  const needed = approvalsNeeded(current.item)
  const approvers = currentApprovers(current.decisions, needed, current.submittedAt)
  return {
    subject,
    id,
    label,
    status: current.status,
    clinic: {
      id: clinic.id,
      name: clinic.name,
      countryCode: clinic.countryCode,
      city: clinic.city,
      status: clinic.reviewStatus,
    },
    details,
    registryTrial,
    verdict,
    reasons,
    cellBased: current.item.subject === 'offer' && current.item.cellBased,
    // Once approved the count starts again for the next version; the page still says it had them all.
    approvals: current.status === 'approved' ? needed : approvers.length,
    needed,
    /** The viewer approved this version already, or works for the clinic: the form would only be refused. */
    viewerApproved: approvers.includes(viewer.id),
    viewerIsStaff: staffOf.includes(clinic.id),
    seenDecisions: history.length,
    // A credential's own document first; the clinic's others follow, for context.
    documents: documents
      .map((d) => ({
        id: d.id,
        fileName: d.fileName ?? d.id,
        contentType: d.contentType,
        sizeBytes: d.sizeBytes,
        own: details.subject === 'credential' && details.documentId === d.id,
      }))
      .sort((a, b) => Number(b.own) - Number(a.own)),
    history: history.map((h) => ({
      id: h.id,
      decision: h.decision,
      reasonCode: h.reasonCode,
      note: h.note,
      ...readEvidence(h.evidence),
      reviewerName: h.reviewerName,
      decidedAt: h.decidedAt.toISOString(),
    })),
  }
}
