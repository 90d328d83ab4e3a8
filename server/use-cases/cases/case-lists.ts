import { answerOverdue, clinicAnswerDue } from '#domain/referrals/waiting-on.ts'
import { referralReadsRecords } from '#domain/referrals/records-through-referral.ts'
import {
  QUEUE_PAGE_SIZE,
  queueRowWaitsOn,
  waitingBoundsOf,
  queueBounds,
  queueSearch,
  queueStages,
  type QueueFilters,
} from '#domain/cases/queue-filters.ts'
import { responseDue } from '#domain/cases/response-due.ts'
import type { ShareableSection } from '#domain/cases/case-consent.ts'
import { asProviderId, type CaseId, type UserId } from '#domain/shared/ids.ts'
import {
  hasNextInboxPage,
  INBOX_PAGE_SIZE,
  inboxViewCounts,
  type InboxFilters,
} from '#domain/referrals/inbox-views.ts'
import { casesOfMember, referredCaseCounts, referredCases } from '../../stores/case-store.ts'
import { queueChoices, queueCounts, queuePage, type QueueQuery } from '../../stores/queue-store.ts'
import { nameToken } from '../../cases/name-index.ts'
import { providerNameOf } from '../../stores/referral-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { Db } from '../../db/client.ts'
import { unsealAnswers } from '../../cases/case-context.ts'
import { openCaseKey } from '../../cases/case-vault.ts'
import { caseStageForClinic } from '#domain/referrals/case-stage-for-clinic.ts'

// Lists of cases, each shaped for the person looking: names are unsealed per
// row with that case's own key and nothing else of the answers leaves here.
function patientNameOf(
  deps: CaseDeps,
  row: { wrappedKey: string | null; answers: string | null },
): string | null {
  const key = openCaseKey(row.wrappedKey, deps.keys.master)
  if (!key) return null
  const name = unsealAnswers(key, row.answers)['patient-name']
  return typeof name === 'string' ? name : null
}

/** The cases a person is an active member of, newest first. */
export async function casesOfPerson(deps: CaseDeps, userId: UserId) {
  const rows = await casesOfMember(deps.db, userId)
  return rows.map(({ row, role }) => ({
    id: row.id as CaseId,
    reference: row.reference,
    stage: row.stage,
    role,
    patientName: patientNameOf(deps, row),
    createdAt: row.createdAt,
  }))
}

/** The queue's statement for these filters at `now`: what the page runs, and what bench:queue times alone. */
export function queueQueryFor(master: Buffer, viewerId: UserId, filters: QueueFilters, now: Date) {
  const bounds = queueBounds(now)
  const search = queueSearch(filters.q)
  const waiting = waitingBoundsOf(filters.waiting, filters.stage ? [filters.stage] : queueStages)
  const query: QueueQuery = {
    stages: waiting.stages,
    country: filters.country,
    condition: filters.condition,
    assignee: filters.assigned === 'me' ? viewerId : null,
    unassigned: filters.assigned === 'unassigned',
    waitingStatuses: waiting.withStatuses,
    notWaitingStatuses: waiting.withoutStatuses,
    overdue: filters.overdue
      ? { now, firstReplyBefore: bounds.firstReplyOverdueBefore, clinicStatuses: bounds.clinicStatuses }
      : null,
    reference: search.kind === 'reference' || search.kind === 'reference-or-name' ? search.reference : null,
    nameTokens:
      search.kind === 'name' || search.kind === 'reference-or-name'
        ? search.words.map((w) => nameToken(master, w))
        : null,
    sort: filters.sort === 'newest' ? 'newest' : 'longest-waiting',
    // One row more than the page says whether there is a next one, without counting them all.
    limit: QUEUE_PAGE_SIZE + 1,
    offset: (filters.page - 1) * QUEUE_PAGE_SIZE,
  }
  return {
    query,
    search,
    bounds: {
      firstReplyBefore: bounds.firstReplyOverdueBefore,
      clinicStatuses: bounds.clinicStatuses,
      familyStatuses: bounds.familyStatuses,
    },
  }
}

// What the country and condition filters offer changes only with the
// catalogue: read once a minute, as the search's vocabulary is.
const CHOICES_TTL_MS = 60_000
const choicesCache = new WeakMap<Db, { at: number; value: ReturnType<typeof queueChoices> }>()

function choicesOf(db: Db): ReturnType<typeof queueChoices> {
  const hit = choicesCache.get(db)
  if (hit && Date.now() - hit.at < CHOICES_TTL_MS) return hit.value
  const value = queueChoices(db)
  choicesCache.set(db, { at: Date.now(), value })
  value.catch(() => choicesCache.delete(db))
  return value
}

/** The coordinator's queue (issue 15): counts by stage, and one page of the filtered, sorted cases. */
export async function coordinatorQueue(deps: CaseDeps, viewerId: UserId, filters: QueueFilters) {
  const now = deps.clock.now()
  const { query, search, bounds } = queueQueryFor(deps.keys.master, viewerId, filters, now)
  const [rows, counts, choices] = await Promise.all([
    // Searched for text no reference or name holds, or a stage the filter rules out: nothing matches.
    search.kind === 'nothing' || query.stages.length === 0 ? [] : queuePage(deps.db, query, now, bounds),
    queueCounts(deps.db, queueStages),
    choicesOf(deps.db),
  ])
  return {
    choices,
    counts: queueStages.map((stage) => ({ stage, count: counts.find((c) => c.stage === stage)?.count ?? 0 })),
    hasNext: rows.length > QUEUE_PAGE_SIZE,
    cases: rows.slice(0, QUEUE_PAGE_SIZE).map((row) => {
      const firstReplyDue = row.submittedAt ? responseDue(row.submittedAt) : null
      return {
        id: row.id as CaseId,
        reference: row.reference,
        stage: row.stage,
        submittedAt: row.submittedAt,
        patientName: patientNameOf(deps, row),
        assignee: row.coordinatorUserId ? { id: row.coordinatorUserId, name: row.coordinatorName } : null,
        /** The first reply to the family: when it is due, and whether it is late (none sent in time). */
        firstReplyDue: row.replied ? null : firstReplyDue,
        firstReplyOverdue: !row.replied && firstReplyDue !== null && firstReplyDue < now,
        referralsOverdue: row.referralsOverdue,
        // A serious adverse event not yet resolved is flagged on its row (ADR 0062),
        // saying so when it has escalated (ADR 0069), and so is a missed
        // follow-up visit until a check-in makes up for it (ADR 0065).
        seriousAdverseEvent: row.seriousAdverseEvent,
        seriousEscalated: row.seriousEscalated,
        followUpMissed: row.followUpMissed,
        waitingOn: queueRowWaitsOn(row),
      }
    }),
  }
}

/** How many referrals each view of the clinic user's inbox holds (the clinic's home shows them). */
export async function clinicInboxCounts(deps: CaseDeps, userId: UserId) {
  return inboxViewCounts(await referredCaseCounts(deps.db, userId))
}

/**
 * Cases referred to a provider the clinic user works for, while its consent
 * is given: one page of one view, newest first, and how many each view holds.
 */
export async function clinicReferrals(
  deps: CaseDeps,
  userId: UserId,
  filters: InboxFilters = { view: 'all', page: 1 },
) {
  const [rows, byStatus] = await Promise.all([
    referredCases(deps.db, userId, filters.view, {
      limit: INBOX_PAGE_SIZE + 1,
      offset: (filters.page - 1) * INBOX_PAGE_SIZE,
    }),
    referredCaseCounts(deps.db, userId),
  ])
  const now = deps.clock.now()
  // Staff of two clinics see which clinic each referral is for (never needed, nor read, for one).
  const shown = rows.slice(0, INBOX_PAGE_SIZE)
  const providerIds = [...new Set(shown.map((r) => r.share.providerId))]
  const clinicNames =
    providerIds.length > 1
      ? new Map(
          await Promise.all(
            providerIds.map(
              async (id) => [id, (await providerNameOf(deps.db, asProviderId(id))) ?? ''] as const,
            ),
          ),
        )
      : null
  return {
    counts: inboxViewCounts(byStatus),
    /** Set when the page holds referrals to more than one of the viewer's clinics. */
    severalClinics: clinicNames !== null,
    hasNext: hasNextInboxPage(filters.page, rows.length > INBOX_PAGE_SIZE),
    referrals: rows.slice(0, INBOX_PAGE_SIZE).map(({ row, share, referral }) => {
      // An ended referral no longer carries the family's records (ADR 0083).
      const reads = referralReadsRecords(referral.status)
      return {
        id: row.id as CaseId,
        reference: row.reference,
        stage: caseStageForClinic(row.stage, referral.status),
        submittedAt: row.submittedAt,
        providerId: share.providerId,
        providerName: clinicNames?.get(share.providerId) ?? null,
        sections: reads ? (share.sections as ShareableSection[]) : [],
        documentCount: reads ? share.documentCount : 0,
        referralStatus: referral.status,
        answerDueAt: clinicAnswerDue(referral.status, referral.answerDueAt),
        overdue: answerOverdue(referral.status, referral.answerDueAt, now),
      }
    }),
  }
}
