import { randomUUID } from 'node:crypto'
import { mayManageMembers } from '#domain/cases/case-members.ts'
import {
  decideAsk,
  decideComment,
  decideFamilyAnswer,
  decideWithdraw,
  mayBeAsked,
  type FamilyAnswer,
  type SecondOpinionRefusal,
  type SecondOpinionStatus,
} from '#domain/second-opinions/second-opinion.ts'
import type { CaseId, UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { seal, unseal } from '../../cases/case-vault.ts'
import type { Db } from '../../db/client.ts'
import { lockStage } from '../../stores/case-store.ts'
import {
  casesOfDoctor,
  doctorCandidate,
  doctorCandidates,
  doctorRecipient,
  insertSecondOpinion,
  lockOpenSecondOpinion,
  lockSecondOpinion,
  saveSecondOpinion,
  secondOpinionsOfCase,
  type SecondOpinionRow,
} from '../../stores/second-opinion-store.ts'
import { notifyCoordinators, notifyPatientSide, notifyRecipients } from '../cases/notify.ts'

// Second opinions (issue 15, ADR 0050): load under a row lock, decide in
// domain/second-opinions, save guarded by the version the page showed, audit
// without the comment's text, then email the next person a reference and a
// link. The comment is sealed with the case key like every health text.

export type SecondOpinionView = {
  id: string
  doctorName: string
  status: SecondOpinionStatus
  version: number
  requestedAt: Date
  decidedAt: Date | null
  answeredAt: Date | null
  /** The doctor's comment, unsealed; null until they answer. */
  comment: string | null
}

function viewOf(ctx: CaseContext, row: SecondOpinionRow, doctorName: string): SecondOpinionView {
  return {
    id: row.id,
    doctorName,
    status: row.status,
    version: row.version,
    requestedAt: row.requestedAt,
    decidedAt: row.decidedAt,
    answeredAt: row.answeredAt,
    comment: row.sealedComment ? unseal<string>(ctx.key, row.sealedComment) : null,
  }
}

/** Every request of the case, newest first: the coordinator's and the family's view. */
export async function readSecondOpinions(db: Db, ctx: CaseContext): Promise<SecondOpinionView[]> {
  const rows = await secondOpinionsOfCase(db, ctx.row.id as CaseId)
  return rows.map(({ row, doctorName }) => viewOf(ctx, row, doctorName))
}

/** The reviewing doctors the coordinator may ask about this case: none working for its clinics. */
export async function doctorsToAsk(db: Db, caseId: CaseId) {
  const candidates = await doctorCandidates(db, caseId)
  return candidates.filter((c) => mayBeAsked(c).ok).map((c) => ({ id: c.id, name: c.name }))
}

const audit = (tx: Db, ctx: CaseContext, action: string, details: Record<string, unknown>) =>
  appendAudit(tx, {
    actorUserId: ctx.actor.userId,
    action: `second-opinion.${action}`,
    subjectType: 'case',
    subjectId: ctx.row.id,
    requestId: ctx.requestId,
    details,
  })

const familyPath = (caseId: string) => `/patient/cases/${caseId}/second-opinion`

export async function askSecondOpinion(
  deps: CaseDeps,
  ctx: CaseContext,
  doctorUserId: string,
): Promise<Result<{ id: string }, SecondOpinionRefusal>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const id = randomUUID()
  const result = await deps.db.transaction(async (tx) => {
    // The case's row lock makes two coordinators asking at once take turns.
    const stage = await lockStage(tx, caseId)
    if (!stage) return err({ code: 'second-opinion.case-not-open' } as const)
    const open = await lockOpenSecondOpinion(tx, caseId)
    const decided = decideAsk({
      asker: ctx.actor.kind,
      stage,
      doctor: await doctorCandidate(tx, caseId, doctorUserId),
      open,
    })
    if (!decided.ok) return decided
    await insertSecondOpinion(tx, {
      id,
      caseId,
      doctorUserId,
      requestedByUserId: ctx.actor.userId,
      status: decided.value.status,
      requestedAt: now,
      updatedAt: now,
    })
    await audit(tx, ctx, 'asked', { secondOpinionId: id, doctorUserId })
    return ok({ id })
  })
  if (result.ok)
    await notifyPatientSide(deps, ctx, {
      template: 'second-opinion-asked',
      path: familyPath(caseId),
      params: { reference: ctx.row.reference },
    })
  return result
}

export async function withdrawSecondOpinion(
  deps: CaseDeps,
  ctx: CaseContext,
  id: string,
  seenVersion: number,
): Promise<Result<null, SecondOpinionRefusal>> {
  const caseId = ctx.row.id as CaseId
  return deps.db.transaction(async (tx) => {
    if (ctx.actor.kind !== 'coordinator') return err({ code: 'second-opinion.not-allowed' } as const)
    const row = await lockSecondOpinion(tx, caseId, id)
    const decided = decideWithdraw(row, seenVersion)
    if (!decided.ok) return decided
    if (!(await saveSecondOpinion(tx, id, seenVersion, { status: 'withdrawn' }, deps.clock.now())))
      return err({ code: 'second-opinion.stale' } as const)
    await audit(tx, ctx, 'withdrawn', { secondOpinionId: id })
    return ok(null)
  })
}

/** The family's answer; agreeing is what lets the doctor open the case. */
export async function answerSecondOpinion(
  deps: CaseDeps,
  ctx: CaseContext,
  id: string,
  answer: FamilyAnswer,
  seenVersion: number,
): Promise<Result<{ status: 'agreed' | 'declined' }, SecondOpinionRefusal>> {
  const caseId = ctx.row.id as CaseId
  const member = ctx.actor.member
  if (!member) return err({ code: 'second-opinion.not-allowed' })
  const now = deps.clock.now()
  let doctorUserId = ''
  const result = await deps.db.transaction(async (tx) => {
    const row = await lockSecondOpinion(tx, caseId, id)
    const decided = decideFamilyAnswer(row, member, answer, seenVersion)
    if (!decided.ok) return decided
    const set = { status: decided.value.status, decidedByUserId: ctx.actor.userId, decidedAt: now }
    if (!(await saveSecondOpinion(tx, id, seenVersion, set, now)))
      return err({ code: 'second-opinion.stale' } as const)
    doctorUserId = row!.doctorUserId
    await audit(tx, ctx, decided.value.status, { secondOpinionId: id })
    return decided
  })
  if (result.ok && result.value.status === 'agreed') {
    const params = { reference: ctx.row.reference }
    // The doctor is asked to read the case; the coordinator only learns that
    // the family agreed (there is nothing to read until the doctor comments).
    await notifyRecipients(deps, await doctorRecipient(deps.db, doctorUserId), {
      template: 'second-opinion-agreed',
      params,
      path: `/second-opinions/${caseId}`,
    })
    await notifyCoordinators(deps, ctx, {
      template: 'second-opinion-agreed-coordinator',
      params,
      path: `/coordinator/cases/${caseId}/second-opinion`,
    })
  }
  return result
}

/** The doctor's one comment on the case's plans, sealed with the case key. */
export async function commentOnCase(
  deps: CaseDeps,
  ctx: CaseContext,
  id: string,
  text: string,
  seenVersion: number,
): Promise<Result<null, SecondOpinionRefusal>> {
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const result = await deps.db.transaction(async (tx) => {
    const row = await lockSecondOpinion(tx, caseId, id)
    // Another doctor's request is, for this doctor, no request at all.
    const mine = row && row.doctorUserId === ctx.actor.userId ? row : null
    const doctor = await doctorCandidate(tx, caseId, ctx.actor.userId)
    if (!doctor) return err({ code: 'second-opinion.not-allowed' } as const)
    const decided = decideComment(mine, doctor, text, seenVersion)
    if (!decided.ok) return decided
    const set = {
      status: decided.value.status,
      answeredAt: now,
      sealedComment: seal(ctx.key, decided.value.comment),
    }
    if (!(await saveSecondOpinion(tx, id, seenVersion, set, now)))
      return err({ code: 'second-opinion.stale' } as const)
    await audit(tx, ctx, 'answered', { secondOpinionId: id })
    return ok(null)
  })
  if (result.ok) {
    const email = { template: 'second-opinion-answered' as const, params: { reference: ctx.row.reference } }
    await notifyPatientSide(deps, ctx, { ...email, path: familyPath(caseId) })
    await notifyCoordinators(deps, ctx, { ...email, path: `/coordinator/cases/${caseId}/second-opinion` })
  }
  return result
}

/** What the family's page needs besides the requests: whether this member may decide. */
export function familyMayDecide(ctx: CaseContext): boolean {
  return ctx.actor.member ? mayManageMembers(ctx.actor.member.role) : false
}

/** The reviewing doctor's area: only the cases whose family agreed to show them, nothing else. */
export async function casesForReviewingDoctor(deps: Pick<CaseDeps, 'db'>, doctorId: UserId) {
  return casesOfDoctor(deps.db, doctorId)
}
