import { and, asc, desc, eq, inArray, isNull, sql, type Placeholder } from 'drizzle-orm'
import type { PgSelect } from 'drizzle-orm/pg-core'
import type { CaseStage } from '#domain/cases/case-stages.ts'
import type { MemberRole } from '#domain/cases/case-members.ts'
import type { CaseId, ProviderId, UserId } from '#domain/shared/ids.ts'
import { statusesInView, type InboxView } from '#domain/referrals/inbox-views.ts'
import type { Db } from '../db/client.ts'
import { statementsByShape } from '../db/statements-by-shape.ts'
import { providerStaff } from '../db/schema/app.ts'
import {
  caseDocument,
  caseMember,
  caseMessage,
  caseOffer,
  caseShare,
  patientCase,
  referral,
} from '../db/schema/cases.ts'
import { homeDoctorLink } from '../db/schema/home-doctor.ts'

// The case aggregate's rows. Every lookup filters by who is asking in SQL
// (membership, staff role, consent); stores never decide, they load and save
// (docs/decisions/0032). Rows stay inside server/.
export type CaseRow = typeof patientCase.$inferSelect
export type MemberRow = typeof caseMember.$inferSelect
export type ShareRow = typeof caseShare.$inferSelect

const notErased = sql`${patientCase.erasedAt} is null`

/** A referral's share, its clinic's staff and its case: what the clinic gate reads. */
function throughClinicGate<Q extends PgSelect>(query: Q) {
  return query
    .innerJoin(
      caseShare,
      and(eq(caseShare.caseId, referral.caseId), eq(caseShare.providerId, referral.providerId)),
    )
    .innerJoin(providerStaff, eq(providerStaff.providerId, referral.providerId))
    .innerJoin(patientCase, eq(patientCase.id, referral.caseId))
}

/**
 * The clinic gate (ADR 0046): the person is a member of the clinic the case
 * was referred to, that clinic's share is given now, and the case was sent
 * and is not erased.
 */
const clinicGate = (userId: UserId | Placeholder) =>
  and(
    eq(providerStaff.userId, userId),
    eq(caseShare.status, 'given'),
    notErased,
    sql`${patientCase.stage} <> 'inquiry'`,
  )

/** A case its user is an active member of. */
export async function findMemberCase(db: Db, userId: UserId, caseId: CaseId) {
  const [found] = await db
    .select({ row: patientCase, member: caseMember })
    .from(patientCase)
    .innerJoin(caseMember, eq(caseMember.caseId, patientCase.id))
    .where(
      and(
        eq(patientCase.id, caseId),
        eq(caseMember.userId, userId),
        eq(caseMember.status, 'active'),
        notErased,
      ),
    )
    .limit(1)
  return found ?? null
}

/** Any case that is not erased (coordinators see every case). */
export async function findCase(db: Db, caseId: CaseId): Promise<CaseRow | null> {
  const [row] = await db
    .select()
    .from(patientCase)
    .where(and(eq(patientCase.id, caseId), notErased))
  return row ?? null
}

/**
 * A case as a clinic may see it: referred to a provider the user works for,
 * with that provider's consent given now, and not a draft. A member of two
 * providers the case was referred to gets two rows; the gate refuses to pick
 * one for them, so at most two are read.
 */
export async function findReferredCase(
  db: Db,
  userId: UserId,
  caseId: CaseId,
  providerId: ProviderId | null,
) {
  return throughClinicGate(
    db
      .select({
        row: patientCase,
        share: caseShare,
        clinicRole: providerStaff.role,
        referralStatus: referral.status,
      })
      .from(referral)
      .$dynamic(),
  )
    .where(
      and(
        eq(referral.caseId, caseId),
        providerId ? eq(referral.providerId, providerId) : undefined,
        clinicGate(userId),
      ),
    )
    .limit(2)
}

/** The sealed answers, read again under a row lock so two tabs saving at once both keep their answer. */
export async function lockAnswers(tx: Db, caseId: CaseId): Promise<string | null> {
  const [row] = await tx
    .select({ answers: patientCase.answers })
    .from(patientCase)
    .where(eq(patientCase.id, caseId))
    .for('update')
  return row?.answers ?? null
}

/** Holds the case row until the transaction ends: commits that must not race (a case's allowance) take turns. */
export async function lockCase(tx: Db, caseId: CaseId): Promise<void> {
  await tx.select({ id: patientCase.id }).from(patientCase).where(eq(patientCase.id, caseId)).for('update')
}

/** The case's stage, read under a row lock: commands that must see every other one's outcome take turns. */
export async function lockStage(tx: Db, caseId: CaseId): Promise<CaseStage | null> {
  const [row] = await tx
    .select({ stage: patientCase.stage })
    .from(patientCase)
    .where(and(eq(patientCase.id, caseId), notErased))
    .for('update')
  return row?.stage ?? null
}

export async function saveAnswers(tx: Db, caseId: CaseId, sealed: string, now: Date): Promise<void> {
  await tx.update(patientCase).set({ answers: sealed, updatedAt: now }).where(eq(patientCase.id, caseId))
}

export async function setMemberRole(tx: Db, memberId: string, role: MemberRole): Promise<void> {
  await tx.update(caseMember).set({ role }).where(eq(caseMember.id, memberId))
}

export async function setProcessingConsent(
  tx: Db,
  caseId: CaseId,
  consent: { at: Date; version: string } | null,
  now: Date,
): Promise<void> {
  await tx
    .update(patientCase)
    .set({
      processingConsentAt: consent?.at ?? null,
      processingConsentVersion: consent?.version ?? null,
      updatedAt: now,
    })
    .where(eq(patientCase.id, caseId))
}

/** Moves the stage only if it is still the one the decision was made from; false when someone was first. */
export async function moveStage(
  tx: Db,
  caseId: CaseId,
  move: { from: CaseStage; to: CaseStage; submitted: boolean },
  now: Date,
): Promise<boolean> {
  const updated = await tx
    .update(patientCase)
    .set({
      stage: move.to,
      stageChangedAt: now,
      updatedAt: now,
      ...(move.submitted ? { submittedAt: now } : {}),
    })
    .where(and(eq(patientCase.id, caseId), eq(patientCase.stage, move.from)))
    .returning({ id: patientCase.id })
  return updated.length > 0
}

export async function insertCase(
  tx: Db,
  values: { id: CaseId; reference: string; createdByUserId: UserId; wrappedKey: string },
): Promise<void> {
  await tx.insert(patientCase).values(values)
}

/** Cases a person opened that are not erased, with their stages (to count the open ones). */
export async function stagesOfCasesOpenedBy(tx: Db, userId: UserId): Promise<CaseStage[]> {
  const rows = await tx
    .select({ stage: patientCase.stage })
    .from(patientCase)
    .where(and(eq(patientCase.createdByUserId, userId), notErased))
  return rows.map((r) => r.stage)
}

/** The not-yet-sent cases a person opened, newest first, with what starting another case weighs. */
export async function draftsOpenedBy(tx: Db, userId: UserId) {
  const rowsOf = (
    table:
      typeof caseDocument | typeof caseOffer | typeof caseShare | typeof caseMessage | typeof homeDoctorLink,
  ) => sql`(select count(*) from ${table} where ${table.caseId} = ${patientCase.id})`
  return tx
    .select({
      id: patientCase.id,
      reference: patientCase.reference,
      stage: patientCase.stage,
      answered: sql<boolean>`${patientCase.answers} is not null`,
      consented: sql<boolean>`${patientCase.processingConsentAt} is not null`,
      documents: sql<number>`${rowsOf(caseDocument)}::int`,
      otherMembers: sql<number>`(select count(*)::int from ${caseMember} where ${caseMember.caseId} = ${patientCase.id} and ${caseMember.userId} is distinct from ${userId})`,
      // Providers chosen, sharing decided, messages written, a home doctor's link.
      otherRecords: sql<number>`(${rowsOf(caseOffer)} + ${rowsOf(caseShare)} + ${rowsOf(caseMessage)} + ${rowsOf(homeDoctorLink)})::int`,
    })
    .from(patientCase)
    .where(and(eq(patientCase.createdByUserId, userId), isNull(patientCase.submittedAt), notErased))
    .orderBy(desc(patientCase.createdAt))
}

/** Serialises case creation per person, so a burst of requests cannot pass the ceiling together. */
export async function lockCaseCreation(tx: Db, userId: UserId): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-create:${userId}`}))`)
}

export async function referenceTaken(tx: Db, reference: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: patientCase.id })
    .from(patientCase)
    .where(eq(patientCase.reference, reference))
    .limit(1)
  return Boolean(row)
}

/** The cases a person is an active member of, newest first. */
export async function casesOfMember(db: Db, userId: UserId) {
  return db
    .select({ row: patientCase, role: caseMember.role })
    .from(patientCase)
    .innerJoin(caseMember, eq(caseMember.caseId, patientCase.id))
    .where(and(eq(caseMember.userId, userId), eq(caseMember.status, 'active'), notErased))
    .orderBy(desc(patientCase.createdAt))
}

/**
 * The clinic's inbox: the same gate as findReferredCase, one row per
 * referral in `statuses`, one page of `limit` rows from `offset`, newest
 * first, and only what the inbox shows (never the answers).
 */
export async function referredCases(
  db: Db,
  userId: UserId,
  view: InboxView,
  page: { limit: number; offset: number },
) {
  return inboxStatement(db, view).execute({ userId, ...page })
}

/** How many referrals of each status the inbox holds for this member (its view counts). */
export async function referredCaseCounts(db: Db, userId: UserId) {
  return inboxCountStatement(db, null).execute({ userId })
}

// The inbox's statements have one shape per view whoever asks, so each is
// prepared once per database handle and planned by the server once per
// connection, not with every page view: planning this four-table join cost
// about as much CPU as running it (bench/profile-queue.ts, ADR 0075).
const inboxStatement = statementsByShape(
  (db, view: InboxView) =>
    throughClinicGate(
      db
        .select({
          row: {
            id: patientCase.id,
            reference: patientCase.reference,
            stage: patientCase.stage,
            submittedAt: patientCase.submittedAt,
          },
          share: {
            providerId: caseShare.providerId,
            sections: caseShare.sections,
            // The inbox says how many documents, not which: the count, not the ids.
            documentCount: sql<number>`cardinality(${caseShare.documentIds})`,
          },
          referral: { status: referral.status, answerDueAt: referral.answerDueAt },
        })
        .from(referral)
        .$dynamic(),
    )
      .where(
        and(
          clinicGate(sql.placeholder('userId')),
          view === 'all' ? undefined : inArray(referral.status, [...statusesInView(view)]),
        ),
      )
      .orderBy(desc(patientCase.submittedAt), asc(patientCase.id), asc(referral.providerId))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(`waypoint_clinic_inbox_${view.replaceAll('-', '_')}`),
  (view) => view,
)

const inboxCountStatement = statementsByShape(
  (db, _: null) =>
    throughClinicGate(
      db
        .select({ status: referral.status, count: sql<number>`count(*)::int` })
        .from(referral)
        .$dynamic(),
    )
      .where(clinicGate(sql.placeholder('userId')))
      .groupBy(referral.status)
      .prepare('waypoint_clinic_inbox_counts'),
  () => 'counts',
)
