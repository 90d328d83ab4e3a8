import { and, eq, inArray } from 'drizzle-orm'
import { isShareableSection, type ShareStatus } from '#domain/cases/case-consent.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { caseDocument, caseOffer, caseShare, patientCase } from '../../db/schema/cases.ts'
import { offer } from '../../db/schema/catalogue.ts'
import type { Runtime } from '../../runtime.ts'
import type { MemberCase } from './case-records.ts'

// Consent is explicit and specific: one statement for processing health data,
// and per provider the documents and answer sections it may see. A change is
// one write, read by every clinic request, so it takes effect at once.
export const PROCESSING_CONSENT_VERSION = '2026-12-01'

export async function setProcessingConsent(
  rt: Runtime,
  actorUserId: string,
  found: MemberCase,
  given: boolean,
) {
  await rt.database.db.transaction(async (tx) => {
    await tx
      .update(patientCase)
      .set({
        processingConsentAt: given ? new Date() : null,
        processingConsentVersion: given ? PROCESSING_CONSENT_VERSION : null,
        updatedAt: new Date(),
      })
      .where(eq(patientCase.id, found.row.id))
    // Without consent to process, nothing may be shared either: every provider loses access now.
    if (!given) {
      await tx
        .update(caseShare)
        .set({
          status: 'withdrawn',
          documentIds: [],
          sections: [],
          changedByUserId: actorUserId,
          changedAt: new Date(),
        })
        .where(and(eq(caseShare.caseId, found.row.id), eq(caseShare.status, 'given')))
    }
    await appendAudit(tx, {
      actorUserId,
      action: given ? 'consent.processing-given' : 'consent.processing-withdrawn',
      subjectType: 'case',
      subjectId: found.row.id,
      details: { version: PROCESSING_CONSENT_VERSION, memberRole: found.member.role },
    })
  })
}

export async function listShares(rt: Runtime, caseId: string) {
  return rt.database.db.select().from(caseShare).where(eq(caseShare.caseId, caseId))
}

/**
 * Records a decision for one provider. Only the case's own available documents
 * can be named; unknown sections are ignored. Sharing nothing is "not shared".
 */
export async function setShare(
  rt: Runtime,
  actorUserId: string,
  found: MemberCase,
  input: { providerId: string; share: boolean; documentIds: string[]; sections: string[] },
) {
  return rt.database.db.transaction(async (tx) => {
    // Consent is given to providers the patient chose (or already shared with), nobody else.
    const [chosen] = await tx
      .select({ id: offer.id })
      .from(caseOffer)
      .innerJoin(offer, eq(offer.id, caseOffer.offerId))
      .where(and(eq(caseOffer.caseId, found.row.id), eq(offer.providerId, input.providerId)))
      .limit(1)
    const [existing] = await tx
      .select({ status: caseShare.status })
      .from(caseShare)
      .where(and(eq(caseShare.caseId, found.row.id), eq(caseShare.providerId, input.providerId)))
    if (!chosen && !existing) return null
    const docs = input.documentIds.length
      ? await tx
          .select({ id: caseDocument.id })
          .from(caseDocument)
          .where(
            and(
              eq(caseDocument.caseId, found.row.id),
              eq(caseDocument.status, 'available'),
              inArray(caseDocument.id, input.documentIds),
            ),
          )
      : []
    const sections = [...new Set(input.sections.filter(isShareableSection))]
    const previous = existing
    const status: ShareStatus = input.share
      ? 'given'
      : previous?.status === 'given' || previous?.status === 'withdrawn'
        ? 'withdrawn'
        : 'not-shared'
    const values = {
      status,
      documentIds: input.share ? docs.map((d) => d.id) : [],
      sections: input.share ? sections : [],
      changedByUserId: actorUserId,
      changedAt: new Date(),
    }
    await tx
      .insert(caseShare)
      .values({ caseId: found.row.id, providerId: input.providerId, ...values })
      .onConflictDoUpdate({ target: [caseShare.caseId, caseShare.providerId], set: values })
    await appendAudit(tx, {
      actorUserId,
      action: `consent.share-${status}`,
      subjectType: 'case',
      subjectId: found.row.id,
      details: {
        providerId: input.providerId,
        documentIds: values.documentIds,
        sections: values.sections,
        memberRole: found.member.role,
      },
    })
    return status
  })
}
