import { foldText } from '../search/normalise.ts'
import { statusesWaitingOn } from '../referrals/waiting-on.ts'
import type { ReferralStatus } from '../referrals/referral.ts'
import { caseStages, finalStages, type CaseStage } from './case-stages.ts'
import { sentBeforeIsOverdue } from './response-due.ts'

// The coordinator's queue, decided here: which filters a request asks for
// (read from a GET form, so anything unknown is simply ignored), what a
// search box means (a case reference or words of a patient's name), and
// what "overdue" and "waiting on" mean as bounds the store can put in SQL.

/** Sent cases that are not finished: the queue's stages, in journey order. */
export const queueStages: readonly CaseStage[] = caseStages.filter(
  (s) => s !== 'inquiry' && !finalStages.includes(s),
)

export const queueAssignments = ['me', 'unassigned'] as const
export type QueueAssignment = (typeof queueAssignments)[number]
export const queueWaiting = ['clinic', 'family', 'coordinator'] as const
export type QueueWaiting = (typeof queueWaiting)[number]

/**
 * Whose move a queue row waits on: a clinic's or the family's while a
 * referral waits on them, else the coordinator's while the sent case is yet
 * to be routed, or once every clinic it went to has ended its referral
 * (the case still being evaluated or proposed); nobody's otherwise.
 */
export function queueRowWaitsOn(row: {
  waitingOnClinic: boolean
  waitingOnFamily: boolean
  stage: CaseStage
}): QueueWaiting | null {
  if (row.waitingOnClinic) return 'clinic'
  if (row.waitingOnFamily) return 'family'
  // Not yet sent to a clinic, or every clinic it went to has ended its referral: the coordinator's move.
  return coordinatorsMove.includes(row.stage) ? 'coordinator' : null
}
const coordinatorsMove: readonly CaseStage[] = ['records-submitted', 'under-evaluation', 'plan-proposed']

/**
 * The "waiting on" filter as the store asks it, so that it finds the rows
 * `queueRowWaitsOn` labels so: a case with a referral waiting on that side,
 * or, for the coordinators, a case at one of their stages with none waiting
 * on a clinic or the family.
 */
export function waitingBoundsOf(
  waiting: QueueWaiting | null,
  stages: readonly CaseStage[],
): { stages: CaseStage[]; withStatuses: ReferralStatus[] | null; withoutStatuses: ReferralStatus[] | null } {
  if (waiting === 'coordinator')
    return {
      stages: stages.filter((s) => coordinatorsMove.includes(s)),
      withStatuses: null,
      withoutStatuses: [...statusesWaitingOn('clinic'), ...statusesWaitingOn('family')],
    }
  return {
    stages: [...stages],
    withStatuses: waiting ? statusesWaitingOn(waiting) : null,
    withoutStatuses: null,
  }
}
export const queueSorts = ['longest-waiting', 'newest'] as const
export type QueueSort = (typeof queueSorts)[number]

export type QueueFilters = {
  stage: CaseStage | null
  /** ISO 3166 alpha-2 of a chosen provider's country. */
  country: string | null
  /** A catalogue condition id of a chosen offer. */
  condition: string | null
  assigned: QueueAssignment | null
  overdue: boolean
  waiting: QueueWaiting | null
  sort: QueueSort
  /** What was typed in the search box, as typed (the form shows it again). */
  q: string
  page: number
}

export const QUEUE_PAGE_SIZE = 25
const MAX_PAGE = 400
const MAX_QUERY = 100
const MAX_NAME_WORDS = 4

// Generated references avoid 0/O and 1/I/L, but older and demo ones (WP-DEMO02) do not.
// Typed without "WP-", six characters are a reference when one is a digit: a
// name never has one, and "SHARMA" stays a name.
const prefixedReference = /^WP-?([A-Z0-9]{6})$/
const bareReference = /^(?=[A-Z]*\d)[A-Z0-9]{6}$/
// A generated reference of letters only (about one in six) reads like a short name.
const bareLetters = /^[A-HJKMNP-Z]{6}$/

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | null =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : null

/** The filters a query string asks for; a value the form cannot produce counts as not given. */
export function parseQueueFilters(params: Record<string, string | undefined>): QueueFilters {
  const page = Number.parseInt(params['page'] ?? '1', 10)
  const code = (params['country'] ?? '').trim().toUpperCase()
  const condition = (params['condition'] ?? '').trim().toLowerCase()
  return {
    stage: oneOf(queueStages, params['stage']),
    country: /^[A-Z]{2}$/.test(code) ? code : null,
    condition: /^[a-z0-9][a-z0-9-]{0,99}$/.test(condition) ? condition : null,
    assigned: oneOf(queueAssignments, params['assigned']),
    overdue: params['overdue'] === '1',
    waiting: oneOf(queueWaiting, params['waiting']),
    sort: oneOf(queueSorts, params['sort']) ?? 'longest-waiting',
    q: (params['q'] ?? '').slice(0, MAX_QUERY),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

export type QueueSearch =
  | { kind: 'none' }
  /** Typed, but nothing a reference or a name holds ("%", "'"): no case matches it. */
  | { kind: 'nothing' }
  | { kind: 'reference'; reference: string }
  /** Folded words of a name; every one must be a word of the patient's name. */
  | { kind: 'name'; words: string[] }
  /** Six letters of a reference's alphabet ("KRTXZM", or "SHARMA"): either, whichever finds it. */
  | { kind: 'reference-or-name'; reference: string; words: string[] }

/** A reference as people read it out ("wp 7k3m9q" too), else the words of a name. */
export function queueSearch(q: string): QueueSearch {
  const compact = q.trim().toUpperCase().replace(/\s+/g, '')
  const letters = prefixedReference.exec(compact)?.[1] ?? (bareReference.test(compact) ? compact : null)
  if (letters) return { kind: 'reference', reference: `WP-${letters}` }
  const words = nameWords(q).slice(0, MAX_NAME_WORDS)
  if (bareLetters.test(compact)) return { kind: 'reference-or-name', reference: `WP-${compact}`, words }
  if (words.length > 0) return { kind: 'name', words }
  return compact === '' ? { kind: 'none' } : { kind: 'nothing' }
}

/**
 * The words of a person's name as the blind index keeps them: NFKC, case,
 * accents and Arabic diacritics and letter forms folded (the search
 * normaliser's), so "Zoë", "ZOE" and "zoe" are one word, as are "أحمد" and
 * "احمد". Each distinct word once.
 */
export function nameWords(name: string): string[] {
  return [
    ...new Set(
      foldText(name)
        .split(' ')
        .filter((w) => w.length > 0),
    ),
  ]
}

/** What the store needs to filter in SQL at `now`. */
export type QueueBounds = {
  /** Cases sent before this are past the first-reply deadline, unless the family had a reply. */
  firstReplyOverdueBefore: Date
  /** Referral statuses where the move is the clinic's (for the clinic's overdue and "waiting on clinic"). */
  clinicStatuses: readonly ReferralStatus[]
  familyStatuses: readonly ReferralStatus[]
}

export function queueBounds(now: Date): QueueBounds {
  return {
    firstReplyOverdueBefore: sentBeforeIsOverdue(now),
    clinicStatuses: statusesWaitingOn('clinic'),
    familyStatuses: statusesWaitingOn('family'),
  }
}

/** The query string for a page of the same filters (links keep every filter). */
export function queueQuery(filters: QueueFilters, page: number): string {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.stage) params.set('stage', filters.stage)
  if (filters.country) params.set('country', filters.country)
  if (filters.condition) params.set('condition', filters.condition)
  if (filters.assigned) params.set('assigned', filters.assigned)
  if (filters.waiting) params.set('waiting', filters.waiting)
  if (filters.overdue) params.set('overdue', '1')
  if (filters.sort !== 'longest-waiting') params.set('sort', filters.sort)
  if (page > 1) params.set('page', String(page))
  return params.toString()
}
