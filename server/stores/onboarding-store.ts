import { and, asc, desc, eq } from 'drizzle-orm'
import type { StoredReason } from '#domain/listing/types.ts'
import type { ProviderId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { provider } from '../db/schema/app.ts'
import { condition, exchangeRate, offer, treatment } from '../db/schema/catalogue.ts'
import { credential, providerDocument, reviewDecision } from '../db/schema/review.ts'

// What a clinic submits for review (issue 16, ADR 0052/0053): its application,
// its credentials with their documents, its offers, and the decisions
// reviewers recorded about each. Every query names the clinic.

export async function insertAppliedProvider(tx: Db, row: typeof provider.$inferInsert): Promise<void> {
  await tx.insert(provider).values(row)
}

export async function onboardingProvider(db: Db, providerId: ProviderId) {
  const [row] = await db
    .select({
      id: provider.id,
      name: provider.name,
      kind: provider.kind,
      countryCode: provider.countryCode,
      city: provider.city,
      reviewStatus: provider.reviewStatus,
      appliedAt: provider.appliedAt,
    })
    .from(provider)
    .where(eq(provider.id, providerId))
  return row ?? null
}

export async function credentialsOf(db: Db, providerId: ProviderId) {
  return db
    .select({
      id: credential.id,
      kind: credential.kind,
      issuer: credential.issuer,
      reference: credential.reference,
      scope: credential.scope,
      holderName: credential.holderName,
      validFrom: credential.validFrom,
      validTo: credential.validTo,
      reviewStatus: credential.reviewStatus,
      standing: credential.standing,
      documentName: providerDocument.fileName,
      documentType: providerDocument.contentType,
      updatedAt: credential.updatedAt,
    })
    .from(credential)
    .leftJoin(providerDocument, eq(providerDocument.id, credential.documentId))
    .where(eq(credential.providerId, providerId))
    .orderBy(asc(credential.createdAt))
}

export async function offersOf(db: Db, providerId: ProviderId) {
  const rows = await db
    .select({
      id: offer.id,
      title: offer.title,
      treatmentId: offer.treatmentId,
      conditionId: offer.conditionId,
      pathway: offer.pathway,
      protocol: offer.protocol,
      sessions: offer.sessions,
      lengthOfStayDays: offer.lengthOfStayDays,
      inclusions: offer.inclusions,
      exclusions: offer.exclusions,
      priceMinMinor: offer.priceMinMinor,
      priceMaxMinor: offer.priceMaxMinor,
      currency: offer.currency,
      claimsText: offer.claimsText,
      trial: offer.trial,
      chargesForInvestigationalProduct: offer.chargesForInvestigationalProduct,
      verdict: offer.verdict,
      verdictReasons: offer.verdictReasons,
      reviewStatus: offer.reviewStatus,
      submittedAt: offer.submittedAt,
    })
    .from(offer)
    .where(eq(offer.providerId, providerId))
    .orderBy(asc(offer.createdAt), asc(offer.id))
  return rows.map((r) => ({ ...r, verdictReasons: r.verdictReasons as StoredReason[] }))
}

/** Every decision about the clinic, newest first: the page shows the latest of each item. */
export async function decisionsAbout(db: Db, providerId: ProviderId) {
  return db
    .select({
      subjectType: reviewDecision.subjectType,
      subjectId: reviewDecision.subjectId,
      decision: reviewDecision.decision,
      reasonCode: reviewDecision.reasonCode,
      note: reviewDecision.note,
      decidedAt: reviewDecision.decidedAt,
    })
    .from(reviewDecision)
    .where(eq(reviewDecision.providerId, providerId))
    .orderBy(desc(reviewDecision.decidedAt))
}

/** The treatments and conditions an offer may be for (the reviewed catalogue). */
export async function catalogueChoices(db: Db) {
  const [treatments, conditions] = await Promise.all([
    db.select({ id: treatment.id, name: treatment.name }).from(treatment).orderBy(asc(treatment.name)),
    db.select({ id: condition.id, name: condition.name }).from(condition).orderBy(asc(condition.name)),
  ])
  return { treatments, conditions }
}

export async function namesFor(db: Db, treatmentId: string, conditionId: string) {
  const [t] = await db.select({ name: treatment.name }).from(treatment).where(eq(treatment.id, treatmentId))
  const [c] = await db.select({ name: condition.name }).from(condition).where(eq(condition.id, conditionId))
  return { treatment: t?.name ?? '', condition: c?.name ?? '' }
}

/** Units of the currency per US dollar, or null when no rate is kept. */
export async function perUsd(db: Db, currency: string): Promise<number | null> {
  const [row] = await db
    .select({ perUsd: exchangeRate.perUsd })
    .from(exchangeRate)
    .where(eq(exchangeRate.currency, currency))
  return row ? Number(row.perUsd) : null
}

export async function insertPendingProviderDocument(
  db: Db,
  row: { id: string; providerId: ProviderId; uploadedByUserId: UserId; storageKey: string; fileName: string },
): Promise<void> {
  await db.insert(providerDocument).values({ ...row, status: 'pending' })
}

export async function markProviderDocumentAvailable(
  tx: Db,
  id: string,
  values: { contentType: string; sizeBytes: number; sha256: string; wrappedKey: string; availableAt: Date },
): Promise<void> {
  await tx
    .update(providerDocument)
    .set({ status: 'available', ...values })
    .where(eq(providerDocument.id, id))
}

export async function removeProviderDocument(db: Db, id: string): Promise<void> {
  await db.delete(providerDocument).where(eq(providerDocument.id, id))
}

export async function insertCredential(tx: Db, row: typeof credential.$inferInsert): Promise<void> {
  await tx.insert(credential).values(row)
}

/**
 * Changes a credential of this clinic and puts it back to `pending`: what a
 * reviewer verified no longer holds once its words or its document change.
 */
export async function updateCredential(
  tx: Db,
  providerId: ProviderId,
  id: string,
  values: Partial<typeof credential.$inferInsert>,
): Promise<boolean> {
  const changed = await tx
    .update(credential)
    .set({
      ...values,
      reviewStatus: 'pending',
      verificationMethod: null,
      verifiedAt: null,
      verifiedByUserId: null,
    })
    .where(and(eq(credential.id, id), eq(credential.providerId, providerId)))
    .returning({ id: credential.id })
  return changed.length > 0
}

export async function insertOffer(tx: Db, row: typeof offer.$inferInsert): Promise<void> {
  await tx.insert(offer).values(row)
}

/** Changes an offer of this clinic and puts it back to `pending`; false when it is not the clinic's. */
export async function updateOffer(
  tx: Db,
  providerId: ProviderId,
  id: string,
  values: Partial<typeof offer.$inferInsert>,
): Promise<boolean> {
  const changed = await tx
    .update(offer)
    .set({ ...values, reviewStatus: 'pending' })
    .where(and(eq(offer.id, id), eq(offer.providerId, providerId)))
    .returning({ id: offer.id })
  return changed.length > 0
}

/** An offer of this clinic under its row lock, for a withdrawal; null when it is not the clinic's. */
export async function offerForWithdrawal(tx: Db, providerId: ProviderId, id: string) {
  const [row] = await tx
    .select({ id: offer.id, reviewStatus: offer.reviewStatus })
    .from(offer)
    .where(and(eq(offer.id, id), eq(offer.providerId, providerId)))
    .for('update')
  return row ?? null
}

export async function markOfferWithdrawn(tx: Db, id: string): Promise<void> {
  await tx.update(offer).set({ reviewStatus: 'withdrawn' }).where(eq(offer.id, id))
}

/** A credential of this clinic under its row lock, for a withdrawal; null when it is not the clinic's. */
export async function credentialForWithdrawal(tx: Db, providerId: ProviderId, id: string) {
  const [row] = await tx
    .select({
      id: credential.id,
      providerId: credential.providerId,
      kind: credential.kind,
      issuer: credential.issuer,
      reference: credential.reference,
      reviewStatus: credential.reviewStatus,
      documentId: credential.documentId,
    })
    .from(credential)
    .where(and(eq(credential.id, id), eq(credential.providerId, providerId)))
    .for('update')
  return row ?? null
}

/**
 * The credential is withdrawn: no longer relied on or shown as current. Its
 * document stays, for the audit trail of what reviewers decided on.
 */
export async function markCredentialWithdrawn(tx: Db, id: string, now: Date): Promise<void> {
  await tx.update(credential).set({ reviewStatus: 'withdrawn', updatedAt: now }).where(eq(credential.id, id))
}
