import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { IntakeAnswers } from '#domain/intake/questions.ts'
import type { IntakeState } from '#domain/intake/task-list.ts'
import { provider } from '../../db/schema/app.ts'
import { caseDocument, caseMember, caseOffer, caseShare, patientCase } from '../../db/schema/cases.ts'
import { offer, treatment } from '../../db/schema/catalogue.ts'
import type { Db } from '../../db/client.ts'
import { openCaseKey, unseal, type CaseKey } from '../../cases/case-vault.ts'
import type { Runtime } from '../../runtime.ts'

// Loading a case always goes through the actor: a member's own case, or
// nothing (the route then answers 404). The tenant filter is in SQL.
export type CaseRow = typeof patientCase.$inferSelect
export type MemberRow = typeof caseMember.$inferSelect
export type MemberCase = { row: CaseRow; member: MemberRow; key: CaseKey }

export async function findCaseForMember(
  rt: Runtime,
  userId: string,
  caseId: string,
): Promise<MemberCase | null> {
  const [found] = await rt.database.db
    .select({ row: patientCase, member: caseMember })
    .from(patientCase)
    .innerJoin(caseMember, eq(caseMember.caseId, patientCase.id))
    .where(
      and(
        eq(patientCase.id, caseId),
        eq(caseMember.userId, userId),
        eq(caseMember.status, 'active'),
        sql`${patientCase.erasedAt} is null`,
      ),
    )
    .limit(1)
  if (!found) return null
  const key = openCaseKey(found.row.wrappedKey, rt.masterKey)
  if (!key) return null
  return { ...found, key }
}

export function answersOf(key: CaseKey, row: Pick<CaseRow, 'answers'>): IntakeAnswers {
  return row.answers ? unseal<IntakeAnswers>(key, row.answers) : {}
}

/** What the task list needs: chosen offers (and whether their evidence was read), documents, consents. */
export async function intakeStateOf(db: Db, row: CaseRow, answers: IntakeAnswers): Promise<IntakeState> {
  const [offers, docs, shares] = await Promise.all([
    chosenOffers(db, row.id),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(caseDocument)
      .where(and(eq(caseDocument.caseId, row.id), eq(caseDocument.status, 'available'))),
    db.select({ providerId: caseShare.providerId }).from(caseShare).where(eq(caseShare.caseId, row.id)),
  ])
  return {
    answers,
    offers: offers.map((o) => ({
      offerId: o.offerId,
      providerId: o.providerId,
      needsAcknowledgement: o.needsAcknowledgement,
      acknowledged: o.evidenceAcknowledgedAt !== null,
    })),
    helpMeChoose: answers['help-me-choose'] === 'yes',
    documentCount: docs[0]?.n ?? 0,
    processingConsent: row.processingConsentAt !== null,
    decidedProviderIds: shares.map((s) => s.providerId),
  }
}

/** An offer needs the patient to read its evidence when it carries warnings or is a trial. */
export async function chosenOffers(db: Db, caseId: string) {
  const rows = await db
    .select({
      offerId: caseOffer.offerId,
      position: caseOffer.position,
      evidenceAcknowledgedAt: caseOffer.evidenceAcknowledgedAt,
      title: offer.title,
      pathway: offer.pathway,
      verdict: offer.verdict,
      verdictReasons: offer.verdictReasons,
      treatmentId: offer.treatmentId,
      conditionId: offer.conditionId,
      treatmentName: treatment.name,
      providerId: provider.id,
      providerName: provider.name,
      providerSlug: provider.slug,
      providerCity: provider.city,
      providerCountry: provider.countryCode,
      providerIsDemo: provider.isDemo,
    })
    .from(caseOffer)
    .innerJoin(offer, eq(offer.id, caseOffer.offerId))
    .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
    .innerJoin(provider, eq(provider.id, offer.providerId))
    .where(eq(caseOffer.caseId, caseId))
    .orderBy(asc(caseOffer.position))
  return rows.map((r) => ({
    ...r,
    needsAcknowledgement: r.verdict === 'listable-with-warnings' || r.pathway === 'registered-trial',
  }))
}

export async function activeMembers(db: Db, caseId: string) {
  return db
    .select()
    .from(caseMember)
    .where(and(eq(caseMember.caseId, caseId), inArray(caseMember.status, ['active', 'invited'])))
    .orderBy(asc(caseMember.createdAt))
}
