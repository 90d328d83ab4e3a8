import { and, asc, count, eq, inArray, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm'
import type { CaseStage } from '#domain/cases/case-stages.ts'
import type { ReferralStatus } from '#domain/referrals/referral.ts'
import type { CaseId, UserId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { statementsByShape, UNNAMED } from '../db/statements-by-shape.ts'
import { user } from '../db/schema/auth.ts'
import { condition, offer } from '../db/schema/catalogue.ts'
import { provider } from '../db/schema/app.ts'
import { missedVisitOf } from './follow-up-store.ts'
import { openSeriousEventOf } from './treatment-store.ts'
import {
  caseMessage,
  caseNameToken,
  caseOffer,
  coordinatorDigest,
  patientCase,
  referral,
} from '../db/schema/cases.ts'

// The coordinator queue's SQL (issue 15): one statement per page that reads
// it along an index and stops at the page, one for the counts by stage. What
// each filter means is decided in domain/cases/queue-filters.ts; this only
// puts the bounds it was given into SQL.
export type QueueQuery = {
  stages: readonly CaseStage[]
  country: string | null
  condition: string | null
  /** Only cases assigned to this coordinator; `null` in `assignee` with `unassigned` for nobody's. */
  assignee: UserId | null
  unassigned: boolean
  /** Cases with a referral in one of these statuses (waiting on clinic / family). */
  waitingStatuses: readonly ReferralStatus[] | null
  /** Cases with no referral in one of these statuses (waiting on the coordinators). */
  notWaitingStatuses: readonly ReferralStatus[] | null
  overdue: { now: Date; firstReplyBefore: Date; clinicStatuses: readonly ReferralStatus[] } | null
  reference: string | null
  /** Blind-index tokens: every one must be a word of the name. */
  nameTokens: readonly string[] | null
  sort: 'longest-waiting' | 'newest'
  limit: number
  offset: number
}

const notErased = isNull(patientCase.erasedAt)

/** A coordinator's reply to the family since the case was sent. */
const repliedTo = (caseId: unknown, submittedAt: unknown) =>
  sql`exists (select 1 from ${caseMessage} m where m.case_id = ${caseId}
  and m.author_side = 'coordinator' and m.created_at >= ${submittedAt})`
const replied = repliedTo(patientCase.id, patientCase.submittedAt)

/**
 * What the page's statement text depends on: which filters are set, how many
 * values each list holds, the order. Everything else in a QueueQuery (and the
 * bounds) is a value bound per view (`valuesOf`).
 */
type QueueShape = {
  stages: number
  reference: boolean
  assignee: boolean
  unassigned: boolean
  country: boolean
  condition: boolean
  waitingStatuses: number
  notWaitingStatuses: number
  /** How many clinic statuses the overdue filter asks about; 0 when it is off. */
  overdueStatuses: number
  nameTokens: number
  sort: QueueQuery['sort']
  /** A later page (Drizzle writes no `offset` for the first). */
  offset: boolean
  clinicStatuses: number
  familyStatuses: number
}

type QueueRowBounds = {
  firstReplyBefore: Date
  clinicStatuses: readonly ReferralStatus[]
  familyStatuses: readonly ReferralStatus[]
}

function shapeOf(q: QueueQuery, bounds: QueueRowBounds): QueueShape {
  return {
    stages: q.stages.length,
    reference: q.reference !== null,
    assignee: q.assignee !== null,
    unassigned: q.unassigned,
    country: q.country !== null,
    condition: q.condition !== null,
    waitingStatuses: q.waitingStatuses?.length ?? 0,
    notWaitingStatuses: q.notWaitingStatuses?.length ?? 0,
    overdueStatuses: q.overdue ? q.overdue.clinicStatuses.length : 0,
    nameTokens: q.nameTokens?.length ?? 0,
    sort: q.sort,
    offset: q.offset > 0,
    clinicStatuses: bounds.clinicStatuses.length,
    familyStatuses: bounds.familyStatuses.length,
  }
}

/** The list `name0, name1, …` of `n` placeholders, for `in (…)`. */
const placeholders = (name: string, n: number) =>
  sql.join(
    Array.from({ length: n }, (_, i) => sql.placeholder(`${name}${i}`)),
    sql`, `,
  )

/** The values `placeholders(name, …)` stands for. */
const listValues = (name: string, values: readonly string[]) =>
  Object.fromEntries(values.map((v, i) => [`${name}${i}`, v]))

function valuesOf(q: QueueQuery, now: Date, bounds: QueueRowBounds): Record<string, unknown> {
  return {
    ...listValues('stage', q.stages),
    reference: q.reference,
    assignee: q.assignee,
    country: q.country,
    condition: q.condition,
    ...listValues('waiting', q.waitingStatuses ?? []),
    ...listValues('notWaiting', q.notWaitingStatuses ?? []),
    ...(q.overdue
      ? {
          overdueNow: q.overdue.now,
          firstReplyBefore: q.overdue.firstReplyBefore,
          ...listValues('overdueStatus', q.overdue.clinicStatuses),
        }
      : {}),
    ...listValues('token', q.nameTokens ?? []),
    tokenCount: q.nameTokens?.length ?? 0,
    limit: q.limit,
    offset: q.offset,
    now,
    ...listValues('clinic', bounds.clinicStatuses),
    ...listValues('family', bounds.familyStatuses),
  }
}

/**
 * A referral waiting on its clinic past its deadline. Asked per case as the
 * queue is walked in waiting order (a scalar subquery, which the planner
 * never turns into a hash of every overdue referral): the longest-waiting
 * cases, the first a page reads, are the likeliest to be late.
 */
function overdueReferrals(statuses: number): SQL {
  return sql`(select true from ${referral} r where r.case_id = ${patientCase.id}
    and r.status in (${placeholders('overdueStatus', statuses)}) and r.answer_due_at < ${sql.placeholder('overdueNow')} limit 1) is not null`
}

function conditionsOf(shape: QueueShape): SQL[] {
  const where: SQL[] = [notErased, sql`${patientCase.stage} in (${placeholders('stage', shape.stages)})`]
  const byReference = eq(patientCase.reference, sql.placeholder('reference'))
  const byName = sql`${patientCase.id} in (select t.case_id from ${caseNameToken} t
      where t.token in (${placeholders('token', shape.nameTokens)})
      group by t.case_id having count(*) = ${sql.placeholder('tokenCount')})`
  // Both asked (six letters that may be either): a case found by one or the other.
  if (shape.reference && shape.nameTokens > 0) where.push(or(byReference, byName)!)
  else if (shape.reference) where.push(byReference)
  else if (shape.nameTokens > 0) where.push(byName)
  if (shape.assignee) where.push(eq(patientCase.coordinatorUserId, sql.placeholder('assignee')))
  if (shape.unassigned) where.push(isNull(patientCase.coordinatorUserId))
  if (shape.country)
    where.push(sql`exists (select 1 from ${caseOffer} co join ${offer} o on o.id = co.offer_id
      join ${provider} p on p.id = o.provider_id
      where co.case_id = ${patientCase.id} and p.country_code = ${sql.placeholder('country')})`)
  if (shape.condition)
    where.push(sql`exists (select 1 from ${caseOffer} co join ${offer} o on o.id = co.offer_id
      where co.case_id = ${patientCase.id} and o.condition_id = ${sql.placeholder('condition')})`)
  if (shape.waitingStatuses > 0)
    where.push(sql`${patientCase.id} in (select r.case_id from ${referral} r
      where r.status in (${placeholders('waiting', shape.waitingStatuses)}))`)
  if (shape.notWaitingStatuses > 0)
    where.push(sql`not exists (select 1 from ${referral} r where r.case_id = ${patientCase.id}
      and r.status in (${placeholders('notWaiting', shape.notWaitingStatuses)}))`)
  if (shape.overdueStatuses > 0)
    where.push(
      sql`((${patientCase.submittedAt} < ${sql.placeholder('firstReplyBefore')} and not ${replied})
        or ${overdueReferrals(shape.overdueStatuses)})`,
    )
  return where
}

/**
 * One page of the queue, with what each row needs to say whether it is late,
 * whose move it is and what it is flagged for. The page is chosen first (a
 * subquery read along the index and stopped at `limit`), so the per-row facts
 * are looked up for those rows only: asked of the whole queue, the planner
 * would hash every referral. The flags are asked in this same statement, not
 * in more round trips after it: the page waits for one answer. Its text is
 * built once per shape of filters (server/db/statements-by-shape.ts).
 */
export async function queuePage(db: Db, q: QueueQuery, now: Date, bounds: QueueRowBounds) {
  return queueStatement(db, shapeOf(q, bounds)).execute(valuesOf(q, now, bounds))
}

const queueStatement = statementsByShape(buildQueueStatement, (shape: QueueShape) => JSON.stringify(shape))

function buildQueueStatement(db: Db, shape: QueueShape) {
  // Longest waiting first (or newest), the id breaking ties so pages never overlap.
  const order = (submittedAt: AnyColumn | SQL.Aliased, id: AnyColumn | SQL.Aliased) =>
    shape.sort === 'newest'
      ? [sql`${submittedAt} desc`, sql`${id} asc`]
      : [sql`${submittedAt} asc`, sql`${id} asc`]
  const page = db.$with('page').as(
    db
      .select({
        id: patientCase.id,
        reference: patientCase.reference,
        stage: patientCase.stage,
        submittedAt: patientCase.submittedAt,
        wrappedKey: patientCase.wrappedKey,
        answers: patientCase.answers,
        coordinatorUserId: patientCase.coordinatorUserId,
      })
      .from(patientCase)
      .where(and(...conditionsOf(shape)))
      .orderBy(...order(patientCase.submittedAt, patientCase.id))
      .limit(sql.placeholder('limit'))
      .offset(shape.offset ? sql.placeholder('offset') : 0),
  )
  const clinic = placeholders('clinic', shape.clinicStatuses)
  const now = sql.placeholder('now')
  return db
    .with(page)
    .select({
      id: page.id,
      reference: page.reference,
      stage: page.stage,
      submittedAt: page.submittedAt,
      wrappedKey: page.wrappedKey,
      answers: page.answers,
      coordinatorUserId: page.coordinatorUserId,
      coordinatorName: user.name,
      replied: sql<boolean>`${repliedTo(page.id, page.submittedAt)}`,
      referralsOverdue: sql<number>`(select count(*)::int from ${referral} r where r.case_id = ${page.id}
        and r.status in (${clinic}) and r.answer_due_at < ${now})`,
      waitingOnClinic: sql<boolean>`exists (select 1 from ${referral} r where r.case_id = ${page.id}
        and r.status in (${clinic}))`,
      waitingOnFamily: sql<boolean>`exists (select 1 from ${referral} r where r.case_id = ${page.id}
        and r.status in (${placeholders('family', shape.familyStatuses)}))`,
      seriousAdverseEvent: sql<boolean>`${openSeriousEventOf(page.id)}`,
      seriousEscalated: sql<boolean>`${openSeriousEventOf(page.id, { escalated: true })}`,
      followUpMissed: sql<boolean>`${missedVisitOf(page.id)}`,
    })
    .from(page)
    .leftJoin(user, eq(user.id, page.coordinatorUserId))
    .orderBy(...order(page.submittedAt, page.id))
    .prepare(UNNAMED)
}

/** How many sent, open cases are at each stage (the whole queue, before filters). */
export async function queueCounts(db: Db, stages: readonly CaseStage[]) {
  return countsStatement(db, stages.length).execute(listValues('stage', stages))
}

const countsStatement = statementsByShape(
  (db: Db, stages: number) =>
    db
      .select({ stage: patientCase.stage, count: count() })
      .from(patientCase)
      .where(and(notErased, sql`${patientCase.stage} in (${placeholders('stage', stages)})`))
      .groupBy(patientCase.stage)
      .prepare(UNNAMED),
  String,
)

/** Everyone who may hold cases, for the hand-over list. */
export async function coordinators(db: Db) {
  return db
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(eq(user.role, 'coordinator'))
    .orderBy(asc(user.name))
}

export async function isCoordinator(db: Db, userId: UserId): Promise<boolean> {
  const [row] = await db
    .select({ id: user.id })
    .from(user)
    .where(and(eq(user.id, userId), eq(user.role, 'coordinator')))
  return Boolean(row)
}

/** Changes the assignee only if it is still the one the decision saw; false when someone was first. */
export async function moveAssignee(
  tx: Db,
  caseId: CaseId,
  change: { from: UserId | null; to: UserId },
  now: Date,
): Promise<boolean> {
  const updated = await tx
    .update(patientCase)
    .set({ coordinatorUserId: change.to, updatedAt: now })
    .where(
      and(
        eq(patientCase.id, caseId),
        notErased,
        change.from === null
          ? isNull(patientCase.coordinatorUserId)
          : eq(patientCase.coordinatorUserId, change.from),
      ),
    )
    .returning({ id: patientCase.id })
  return updated.length > 0
}

/** The assignee now (read inside the transaction that changes it). */
export async function assigneeOf(tx: Db, caseId: CaseId): Promise<UserId | null | undefined> {
  const [row] = await tx
    .select({ assignee: patientCase.coordinatorUserId })
    .from(patientCase)
    .where(and(eq(patientCase.id, caseId), notErased))
  return row ? (row.assignee as UserId | null) : undefined
}

/** Replaces the name's blind-index tokens of a case. */
export async function replaceNameTokens(tx: Db, caseId: CaseId, tokens: readonly string[]): Promise<void> {
  await tx.delete(caseNameToken).where(eq(caseNameToken.caseId, caseId))
  if (tokens.length > 0) await tx.insert(caseNameToken).values(tokens.map((token) => ({ token, caseId })))
}

/** What the country and condition filters offer: the countries of listed providers, every condition. */
export async function queueChoices(db: Db) {
  const [countries, conditions] = await Promise.all([
    db.selectDistinct({ code: provider.countryCode }).from(provider).orderBy(asc(provider.countryCode)),
    db.select({ id: condition.id, name: condition.name }).from(condition).orderBy(asc(condition.name)),
  ])
  return { countries: countries.map((c) => c.code), conditions }
}

/** Every coordinator, with the time zone and last local day of their digest (UTC and never, by default). */
export async function digestRecipients(db: Db) {
  return db
    .select({
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      timeZone: coordinatorDigest.timeZone,
      lastSentOn: coordinatorDigest.lastSentOn,
    })
    .from(user)
    .leftJoin(coordinatorDigest, eq(coordinatorDigest.userId, user.id))
    .where(eq(user.role, 'coordinator'))
}

/**
 * Marks today's digest as this instance's to send: true for exactly one of
 * several instances asking at once, false when it was already sent today.
 */
export async function claimDigest(db: Db, userId: string, localDate: string): Promise<boolean> {
  const claimed = await db
    .insert(coordinatorDigest)
    .values({ userId, lastSentOn: localDate })
    .onConflictDoUpdate({
      target: coordinatorDigest.userId,
      set: { lastSentOn: localDate },
      setWhere: sql`${coordinatorDigest.lastSentOn} is distinct from ${localDate}`,
    })
    .returning({ userId: coordinatorDigest.userId })
  return claimed.length > 0
}

/** References of cases sent since `since` that nobody has taken yet, oldest first. */
export async function newUnassignedCases(db: Db, since: Date, stages: readonly CaseStage[], limit: number) {
  const rows = await db
    .select({ reference: patientCase.reference })
    .from(patientCase)
    .where(
      and(
        notErased,
        inArray(patientCase.stage, [...stages]),
        isNull(patientCase.coordinatorUserId),
        sql`${patientCase.submittedAt} >= ${since}`,
      ),
    )
    .orderBy(asc(patientCase.submittedAt))
    .limit(limit)
  return rows.map((r) => r.reference)
}
