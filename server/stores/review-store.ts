import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { PastDecision } from '#domain/review/decide-review.ts'
import type { VerificationMethod } from '#domain/review/credentials.ts'
import type {
  ReviewDecision,
  ReviewReasonCode,
  ReviewStatus,
  ReviewSubject,
} from '#domain/review/review-status.ts'
import type { Db } from '../db/client.ts'
import { provider, providerStaff } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import { accreditation, condition, offer, treatment } from '../db/schema/catalogue.ts'
import { credential, providerDocument, reviewDecision } from '../db/schema/review.ts'

// The reviewer console's SQL (issue 16, ADR 0054): what waits for review, one
// item with its clinic, its decisions, and the writes a decision makes.

/** The clinics a person works for: a reviewer never decides on these. */
/** The account's role (a decision is a reviewer's, or an administrator's supporting the console). */
export async function roleOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ role: user.role }).from(user).where(eq(user.id, userId))
  return row?.role ?? null
}

export async function providerIdsOfStaff(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ providerId: providerStaff.providerId })
    .from(providerStaff)
    .where(eq(providerStaff.userId, userId))
  return rows.map((r) => r.providerId)
}

export type PendingRow = {
  subject: ReviewSubject
  id: string
  providerId: string
  providerName: string
  clinicStatus: ReviewStatus
  /** The clinic's name, the credential's issuer and reference, the offer's title. */
  label: string
  /** A credential's kind. */
  kind: string | null
  submittedAt: Date | null
  verdict: string | null
  treatmentClass: string | null
  reasons: unknown[]
}

/** Everything pending review, oldest first: clinics, credentials and offers. */
export async function pendingItems(db: Db): Promise<PendingRow[]> {
  const [clinics, credentials, offers] = await Promise.all([
    db
      .select({
        id: provider.id,
        name: provider.name,
        status: provider.reviewStatus,
        submittedAt: sql<Date | null>`coalesce(${provider.appliedAt}, ${provider.createdAt})`.mapWith((v) =>
          v === null ? null : new Date(v as string),
        ),
      })
      .from(provider)
      .where(eq(provider.reviewStatus, 'pending'))
      .orderBy(asc(provider.createdAt)),
    db
      .select({
        id: credential.id,
        providerId: credential.providerId,
        providerName: provider.name,
        clinicStatus: provider.reviewStatus,
        kind: credential.kind,
        issuer: credential.issuer,
        reference: credential.reference,
        submittedAt: credential.createdAt,
      })
      .from(credential)
      .innerJoin(provider, eq(provider.id, credential.providerId))
      .where(eq(credential.reviewStatus, 'pending'))
      .orderBy(asc(credential.createdAt)),
    db
      .select({
        id: offer.id,
        providerId: offer.providerId,
        providerName: provider.name,
        clinicStatus: provider.reviewStatus,
        title: offer.title,
        submittedAt: sql<Date>`coalesce(${offer.submittedAt}, ${offer.createdAt})`.mapWith(
          (v) => new Date(v as string),
        ),
        verdict: offer.verdict,
        reasons: offer.verdictReasons,
        treatmentClass: treatment.treatmentClass,
      })
      .from(offer)
      .innerJoin(provider, eq(provider.id, offer.providerId))
      .innerJoin(treatment, eq(treatment.id, offer.treatmentId))
      .where(eq(offer.reviewStatus, 'pending'))
      .orderBy(asc(offer.submittedAt), asc(offer.createdAt)),
  ])
  return [
    ...clinics.map((c): PendingRow => ({
      subject: 'provider',
      id: c.id,
      providerId: c.id,
      providerName: c.name,
      clinicStatus: c.status,
      label: c.name,
      kind: null,
      submittedAt: c.submittedAt,
      verdict: null,
      treatmentClass: null,
      reasons: [],
    })),
    ...credentials.map((c): PendingRow => ({
      subject: 'credential',
      id: c.id,
      providerId: c.providerId,
      providerName: c.providerName,
      clinicStatus: c.clinicStatus,
      label: `${c.issuer} ${c.reference}`,
      kind: c.kind,
      submittedAt: c.submittedAt,
      verdict: null,
      treatmentClass: null,
      reasons: [],
    })),
    ...offers.map((o): PendingRow => ({
      subject: 'offer',
      id: o.id,
      providerId: o.providerId,
      providerName: o.providerName,
      clinicStatus: o.clinicStatus,
      label: o.title,
      kind: null,
      submittedAt: o.submittedAt,
      verdict: o.verdict,
      treatmentClass: o.treatmentClass,
      reasons: o.reasons,
    })),
  ]
}

/** Every decision on these items, oldest first, keyed by subject and id. */
export async function decisionsOn(
  db: Db,
  items: readonly { subject: ReviewSubject; id: string }[],
): Promise<Map<string, PastDecision[]>> {
  const out = new Map<string, PastDecision[]>()
  if (items.length === 0) return out
  const rows = await db
    .select({
      subjectType: reviewDecision.subjectType,
      subjectId: reviewDecision.subjectId,
      decision: reviewDecision.decision,
      reviewerId: reviewDecision.reviewerUserId,
      decidedAt: reviewDecision.decidedAt,
    })
    .from(reviewDecision)
    .where(
      inArray(
        reviewDecision.subjectId,
        items.map((i) => i.id),
      ),
    )
    .orderBy(asc(reviewDecision.decidedAt), asc(reviewDecision.id))
  for (const r of rows) {
    const key = `${r.subjectType}:${r.subjectId}`
    out.set(key, [...(out.get(key) ?? []), r])
  }
  return out
}

/** One item's decisions with the reviewer's name, for its history. */
export async function decisionHistory(db: Db, subject: ReviewSubject, id: string) {
  return db
    .select({
      id: reviewDecision.id,
      decision: reviewDecision.decision,
      reasonCode: reviewDecision.reasonCode,
      note: reviewDecision.note,
      evidence: reviewDecision.evidence,
      reviewerId: reviewDecision.reviewerUserId,
      reviewerName: user.name,
      decidedAt: reviewDecision.decidedAt,
    })
    .from(reviewDecision)
    .innerJoin(user, eq(user.id, reviewDecision.reviewerUserId))
    .where(and(eq(reviewDecision.subjectType, subject), eq(reviewDecision.subjectId, id)))
    .orderBy(asc(reviewDecision.decidedAt), asc(reviewDecision.id))
}

export async function clinicRow(db: Db, id: string, lock = false) {
  const query = db.select().from(provider).where(eq(provider.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row ?? null
}

export async function credentialRow(db: Db, id: string, lock = false) {
  const query = db.select().from(credential).where(eq(credential.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row ?? null
}

export async function offerRow(db: Db, id: string, lock = false) {
  const query = db.select().from(offer).where(eq(offer.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row ?? null
}

/** The names an offer's page shows beside its ids, and the class its treatment is filed under. */
export async function offerNames(db: Db, treatmentId: string, conditionId: string) {
  const [[t], [c]] = await Promise.all([
    db
      .select({ name: treatment.name, treatmentClass: treatment.treatmentClass })
      .from(treatment)
      .where(eq(treatment.id, treatmentId)),
    db.select({ name: condition.name }).from(condition).where(eq(condition.id, conditionId)),
  ])
  return {
    treatment: t?.name ?? treatmentId,
    treatmentClass: t?.treatmentClass ?? '',
    condition: c?.name ?? conditionId,
  }
}

/** A clinic's stored documents (names and sizes only; the bytes are read through the download). */
export async function clinicDocuments(db: Db, providerId: string) {
  return db
    .select({
      id: providerDocument.id,
      fileName: providerDocument.fileName,
      contentType: providerDocument.contentType,
      sizeBytes: providerDocument.sizeBytes,
      createdAt: providerDocument.createdAt,
    })
    .from(providerDocument)
    .where(and(eq(providerDocument.providerId, providerId), eq(providerDocument.status, 'available')))
    .orderBy(asc(providerDocument.createdAt))
}

export async function availableClinicDocument(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(providerDocument)
    .where(and(eq(providerDocument.id, id), eq(providerDocument.status, 'available')))
  return row ?? null
}

export async function insertDecision(
  tx: Db,
  row: {
    id: string
    subjectType: ReviewSubject
    subjectId: string
    providerId: string
    decision: ReviewDecision
    reasonCode: ReviewReasonCode | null
    note: string | null
    evidence: string | null
    reviewerUserId: string
    decidedAt: Date
  },
): Promise<void> {
  await tx.insert(reviewDecision).values(row)
}

export async function setClinicStatus(tx: Db, id: string, status: ReviewStatus, now: Date) {
  await tx
    .update(provider)
    .set({ reviewStatus: status, ...(status === 'approved' ? { lastVerifiedAt: now } : {}) })
    .where(eq(provider.id, id))
}

export async function setOfferStatus(tx: Db, id: string, status: ReviewStatus) {
  await tx.update(offer).set({ reviewStatus: status }).where(eq(offer.id, id))
}

export async function setCredentialStatus(
  tx: Db,
  id: string,
  status: ReviewStatus,
  now: Date,
  verified: { method: VerificationMethod; byUserId: string } | null,
) {
  await tx
    .update(credential)
    .set({
      reviewStatus: status,
      updatedAt: now,
      // Approval is refused for a lapsed credential, so one approved now is
      // current: a renewal the expiry job had marked expired stands again.
      ...(verified
        ? {
            verificationMethod: verified.method,
            verifiedAt: now,
            verifiedByUserId: verified.byUserId,
            standing: 'current' as const,
            expiredAt: null,
          }
        : {}),
    })
    .where(eq(credential.id, id))
}

/**
 * An approved accreditation as public pages, search and the listing policy
 * read it: same id as its credential, so approving it again updates one row.
 */
export async function upsertAccreditation(
  tx: Db,
  row: {
    id: string
    providerId: string
    accreditor: string
    reference: string
    scope: string | null
    validFrom: string
    validTo: string
    verificationMethod: VerificationMethod
    verifiedAt: Date
  },
): Promise<void> {
  const values = { ...row, verification: 'verified' }
  await tx
    .insert(accreditation)
    .values(values)
    .onConflictDoUpdate({
      target: accreditation.id,
      set: {
        accreditor: row.accreditor,
        reference: row.reference,
        scope: row.scope,
        validFrom: row.validFrom,
        validTo: row.validTo,
        verification: 'verified',
        verificationMethod: row.verificationMethod,
        verifiedAt: row.verifiedAt,
      },
    })
}
