import { availableReferralCommands } from '#domain/referrals/decide-referral.ts'
import type { ReferralActor, ReferralCommandType, ReferralStatus } from '#domain/referrals/referral.ts'
import { answerOverdue, waitingOn, type WaitingOn } from '#domain/referrals/waiting-on.ts'
import type { CaseId, ProviderId, ReferralId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import {
  referralEventsOfCase,
  referralOf,
  referralsOfCase,
  referralTo,
  type ReferralRow,
} from '../stores/referral-store.ts'
import type { CaseContext } from './case-context.ts'
import { unseal } from './case-vault.ts'

// Read models of a case's referrals, one per audience: the coordinator sees
// every referral with its timeline, a clinic only its own, the family each
// chosen clinic's status.
export type ReferralEventView = {
  at: Date
  type: string
  actorName: string | null
  actorRole: string
  from: ReferralStatus | null
  to: ReferralStatus
  reason: string | null
  /** The question, answer or explanation written with the step, unsealed. */
  text: string | null
}

export type StaffReferralView = {
  id: ReferralId
  providerId: ProviderId
  providerName: string
  status: ReferralStatus
  version: number
  answerDueAt: Date
  waitingOn: WaitingOn
  /** The clinic has not answered by its deadline. */
  overdue: boolean
  events: ReferralEventView[]
}

async function timelines(db: Db, ctx: CaseContext): Promise<Map<string, ReferralEventView[]>> {
  const byReferral = new Map<string, ReferralEventView[]>()
  for (const { e, name } of await referralEventsOfCase(db, ctx.row.id as CaseId)) {
    const list = byReferral.get(e.referralId) ?? []
    list.push({
      at: e.at,
      type: e.type,
      actorName: name,
      actorRole: e.actorRole,
      from: e.fromStatus,
      to: e.toStatus,
      reason: e.reason,
      text: e.sealedText ? unseal<string>(ctx.key, e.sealedText) : null,
    })
    byReferral.set(e.referralId, list)
  }
  return byReferral
}

function staffView(row: ReferralRow, providerName: string, events: ReferralEventView[], now: Date) {
  const whose = waitingOn(row.status)
  return {
    id: row.id as ReferralId,
    providerId: row.providerId as ProviderId,
    providerName,
    status: row.status,
    version: row.version,
    answerDueAt: row.answerDueAt,
    waitingOn: whose,
    overdue: answerOverdue(row.status, row.answerDueAt, now),
    events,
  } satisfies StaffReferralView
}

/** Every referral of the case with its timeline: the coordinator's view. */
export async function readReferralsForCoordinator(
  db: Db,
  ctx: CaseContext,
  now: Date,
): Promise<StaffReferralView[]> {
  const [rows, events] = await Promise.all([referralsOfCase(db, ctx.row.id as CaseId), timelines(db, ctx)])
  return rows.map(({ row, providerName }) => staffView(row, providerName, events.get(row.id) ?? [], now))
}

const familyRoles: ReadonlySet<string> = new Set(['patient', 'representative', 'caregiver', 'system'])

export type ClinicReferralView = StaffReferralView & { commands: ReferralCommandType[] }

/** The referral of the case to this clinic, and what this member may do with it now. */
export async function readReferralForClinic(
  db: Db,
  ctx: CaseContext,
  actor: Extract<ReferralActor, { kind: 'clinic-member' }>,
  now: Date,
): Promise<ClinicReferralView | null> {
  const row = await referralTo(db, ctx.row.id as CaseId, actor.providerId)
  if (!row) return null
  // A clinic reads who at the clinic and at Waypoint acted, but never the
  // family's names: those are the patient's to share ("about" in the consent),
  // and a caregiver's is not among the answers at all. A step Waypoint took for
  // the family (closing on another clinic's acceptance) names nobody either.
  const events = ((await timelines(db, ctx)).get(row.id) ?? []).map((e) =>
    familyRoles.has(e.actorRole) ? { ...e, actorName: null } : e,
  )
  return {
    ...staffView(row, '', events, now),
    commands: availableReferralCommands(referralOf(row), actor),
  }
}

export type FamilyReferralView = {
  id: ReferralId
  providerId: ProviderId
  providerName: string
  status: ReferralStatus
  version: number
  /** The clinic's question while it waits on the family's answer, unsealed for the family. */
  question: string | null
}

/** Each clinic the case was sent to, with where it stands and any question waiting on the family. */
export async function readReferralsForFamily(db: Db, ctx: CaseContext): Promise<FamilyReferralView[]> {
  const rows = await referralsOfCase(db, ctx.row.id as CaseId)
  const asking = rows.some(({ row }) => row.status === 'information-requested')
  const events = asking ? await timelines(db, ctx) : new Map<string, ReferralEventView[]>()
  return rows.map(({ row, providerName }) => ({
    id: row.id as ReferralId,
    providerId: row.providerId as ProviderId,
    providerName,
    status: row.status,
    version: row.version,
    question:
      row.status === 'information-requested'
        ? ((events.get(row.id) ?? []).findLast((e) => e.to === 'information-requested')?.text ?? null)
        : null,
  }))
}
