import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Bundle } from '@medplum/fhirtypes'
import type { FollowUpVisitPlan } from '#domain/follow-up/follow-up-schedule.ts'
import { defaultFollowUpSchedule } from '#domain/follow-up/follow-up-schedule.ts'
import { carePlanBundle, type HomeDoctorRecord } from '#domain/fhir/care-plan.ts'
import { exportedTreatment } from '#domain/fhir/treatment-resources.ts'
import {
  birthYearOf,
  decideNewLink,
  expiryOf,
  isTokenShaped,
  parseNewLink,
  standingOf,
  type HomeDoctorLinkProblem,
  type HomeDoctorRefusal,
  type HomeDoctorView,
  type LinkStanding,
} from '#domain/home-doctor/home-doctor-link.ts'
import { parseCalendarDate } from '#domain/shared/calendar-date.ts'
import type { OutcomeCourse } from '#domain/outcomes/outcome-chart-geometry.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import type { CourseView } from '#domain/treatment/course-view.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { attemptThrottle } from '../../auth/attempt-throttle.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import { unsealAnswers } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { openCaseKey, seal, unseal } from '../../cases/case-vault.ts'
import { findCase } from '../../stores/case-store.ts'
import {
  insertHomeDoctorLink,
  linkAccesses,
  linkByTokenHash,
  linksOfCase,
  liveLinkCount,
  revokeLink,
} from '../../stores/home-doctor-store.ts'
import { referralsOfCase } from '../../stores/referral-store.ts'
import { homeBaseline, readCourse } from '../treatment/treatment-course.ts'
import { familyZoneOf, readOutcomeCourse } from '../follow-up/follow-up.ts'
import { checkInsOf, visitsOf } from '../../stores/follow-up-store.ts'
import type { CheckIn } from '#domain/follow-up/check-in.ts'

// The home doctor's link (issue 17, ADR 0066). The patient, or a
// representative, makes a link that lives 7, 30 or 90 days and names the
// doctor (sealed); the token, 32 random bytes, is shown once and kept only as
// its SHA-256. Anyone holding a live link reads a clinical summary and a FHIR
// Bundle of the treatment and the follow-up, nothing else; every read is an
// audit entry the patient sees. An expired or revoked link opens nothing.
// Unknown tokens count against the caller's address, as reset links do.

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export type HomeDoctorLinkView = {
  id: string
  doctor: string
  createdAt: Date
  expiresAt: Date
  revokedAt: Date | null
  standing: LinkStanding
  accesses: { at: Date; view: HomeDoctorView }[]
}

/** The case's links, newest first, each with who it is for and every access through it. */
export async function homeDoctorLinks(deps: CaseDeps, ctx: CaseContext): Promise<HomeDoctorLinkView[]> {
  const caseId = ctx.row.id
  const rows = await linksOfCase(deps.db, caseId)
  const accesses = await linkAccesses(
    deps.db,
    caseId,
    rows.map((r) => r.id),
  )
  const now = deps.clock.now()
  return rows.map((r) => ({
    id: r.id,
    doctor: unseal<string>(ctx.key, r.doctorSealed),
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    revokedAt: r.revokedAt,
    standing: standingOf(r, now),
    accesses: accesses
      .filter((a) => a.linkId === r.id)
      .map((a) => ({ at: a.at, view: a.view === 'fhir' ? ('fhir' as const) : ('page' as const) })),
  }))
}

export async function createHomeDoctorLink(
  deps: CaseDeps,
  ctx: CaseContext,
  raw: { doctor?: string | null; days?: string | null },
): Promise<
  Result<{ linkId: string; url: string; expiresAt: Date }, HomeDoctorLinkProblem[] | HomeDoctorRefusal>
> {
  const member = ctx.actor.member
  if (!member) return err({ code: 'home-doctor.not-allowed' })
  const parsed = parseNewLink(raw)
  if (!parsed.ok) return parsed
  const caseId = ctx.row.id as CaseId
  const now = deps.clock.now()
  const token = randomBytes(32).toString('base64url')
  const linkId = randomUUID()
  const expiresAt = expiryOf(now, parsed.value.days)
  return deps.db.transaction(async (tx) => {
    const allowed = decideNewLink(member.role, await liveLinkCount(tx, caseId, now))
    if (!allowed.ok) return allowed
    await insertHomeDoctorLink(tx, {
      id: linkId,
      caseId,
      tokenHash: hashToken(token),
      doctorSealed: seal(ctx.key, parsed.value.doctor),
      createdByUserId: ctx.actor.userId,
      createdAt: now,
      expiresAt,
    })
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'home-doctor.link-created',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { linkId, days: parsed.value.days },
    })
    return ok({ linkId, url: `${deps.notify.publicUrl}/home-doctor/${token}`, expiresAt })
  })
}

export async function revokeHomeDoctorLink(
  deps: CaseDeps,
  ctx: CaseContext,
  linkId: string,
): Promise<Result<null, HomeDoctorRefusal>> {
  const member = ctx.actor.member
  if (!member || !decideNewLink(member.role, 0).ok) return err({ code: 'home-doctor.not-allowed' })
  const caseId = ctx.row.id as CaseId
  return deps.db.transaction(async (tx) => {
    if (!(await revokeLink(tx, caseId, linkId, ctx.actor.userId, deps.clock.now())))
      return err({ code: 'home-doctor.link-not-found' } as const)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'home-doctor.link-revoked',
      subjectType: 'case',
      subjectId: caseId,
      requestId: ctx.requestId,
      details: { linkId },
    })
    return ok(null)
  })
}

/**
 * The follow-up visits for the home doctor: the stored plan (ADR 0065), as
 * the coordinator may have moved it; the default plan from the discharge day
 * for a course discharged before plans were stored.
 */
export function followUpVisitsFor(
  course: Pick<CourseView, 'discharge'>,
  stored: readonly { monthsAfter: number; dueOn: string }[],
): FollowUpVisitPlan[] {
  const planned = stored.flatMap((v) => {
    const dueOn = parseCalendarDate(v.dueOn)
    return dueOn ? [{ monthsAfter: v.monthsAfter, dueOn }] : []
  })
  if (planned.length > 0) return planned
  const ended = course.discharge ? parseCalendarDate(course.discharge.date) : null
  return ended ? defaultFollowUpSchedule(ended) : []
}

/** What the doctor's page shows: the record the Bundle is built from, and the course as the page lays it out. */
export type HomeDoctorSummary = {
  record: HomeDoctorRecord
  course: CourseView
  /** The ALSFRS-R course for the outcome chart (the intake's scores today, as on the family's page). */
  outcome: OutcomeCourse | null
  expiresAt: Date
  /** The family's zone: the home doctor lives there too, and reads the expiry in it. */
  timeZone: string
}

export type HomeDoctorOpening =
  | { found: 'live'; summary: HomeDoctorSummary; bundle: () => Bundle }
  | { found: 'gone' }
  | { found: 'none' }
  | { found: 'throttled'; retryAfterMs: number }

/**
 * The gate for a home doctor: a token, checked against the throttle, then its
 * hash against the links. A live link opens the least the doctor needs, and
 * the read is audited before anything is returned.
 */
export async function openHomeDoctorLink(
  deps: Pick<CaseDeps, 'db' | 'clock' | 'keys' | 'notify'>,
  token: string,
  request: { view: HomeDoctorView; address: string; requestId?: string | null },
): Promise<HomeDoctorOpening> {
  // Not a token at all (a mangled address): nothing to look up, nothing guessed.
  if (!isTokenShaped(token)) return { found: 'none' }
  const throttle = attemptThrottle(deps.db, () => deps.clock.now())
  const attempt = { kind: 'link-token' as const, address: request.address }
  const allowed = await throttle.check(attempt)
  if (!allowed.allowed) return { found: 'throttled', retryAfterMs: allowed.retryAfterMs }
  const link = await linkByTokenHash(deps.db, hashToken(token))
  if (!link) {
    await throttle.record(attempt)
    return { found: 'none' }
  }
  const now = deps.clock.now()
  if (standingOf(link, now) !== 'live') return { found: 'gone' }
  const row = await findCase(deps.db, link.caseId as CaseId)
  const key = row && openCaseKey(row.wrappedKey, deps.keys.master)
  // An erased case, or a key that no longer opens: the link is as good as gone.
  if (!row || !key) return { found: 'gone' }
  let answers: ReturnType<typeof unsealAnswers> | undefined
  const reader = { row, key, answers: () => (answers ??= unsealAnswers(key, row.answers)) }
  await appendAudit(deps.db, {
    actorUserId: null,
    action: 'case.read',
    subjectType: 'case',
    subjectId: row.id,
    requestId: request.requestId ?? null,
    details: { as: 'home-doctor', linkId: link.id, view: request.view },
  })
  const [course, referrals, visits, checkIns, outcome] = await Promise.all([
    readCourse(deps, reader),
    referralsOfCase(deps.db, row.id as CaseId),
    visitsOf(deps.db, row.id as CaseId),
    checkInsOf(deps.db, row.id as CaseId),
    readOutcomeCourse(deps, reader),
  ])
  const a = reader.answers()
  const home = homeBaseline(reader)
  const isAls = a['condition'] === 'als'
  const str = (v: unknown) => (typeof v === 'string' ? v : '')
  const record: HomeDoctorRecord = {
    caseId: row.id,
    reference: row.reference,
    generatedAt: now,
    patient: { name: str(a['patient-name']), birthYear: birthYearOf(a['date-of-birth']) },
    condition: isAls
      ? { kind: 'als', name: 'Amyotrophic lateral sclerosis' }
      : { kind: 'other', name: str(a['condition-other']) },
    provider: (() => {
      const accepted = referrals.find((r) => r.row.status === 'accepted')
      return accepted ? { name: accepted.providerName } : null
    })(),
    treatment: exportedTreatment(course),
    dischargedOn: course.discharge?.date ?? null,
    alsfrsHistory: [
      ...(home
        ? [{ id: `${row.id}-intake`, date: home.date, total: home.alsfrsTotal, when: 'home' as const }]
        : []),
      ...checkIns.flatMap((c) =>
        c.answeredOn
          ? [
              {
                id: c.id,
                date: c.answeredOn,
                total: unseal<CheckIn>(key, c.sealed).alsfrs.total,
                when: 'follow-up' as const,
              },
            ]
          : [],
      ),
    ],
    followUp: followUpVisitsFor(course, visits),
  }
  return {
    found: 'live',
    summary: {
      record,
      course,
      outcome,
      expiresAt: link.expiresAt,
      timeZone: familyZoneOf(reader),
    },
    bundle: () => carePlanBundle(record, { baseUrl: deps.notify.publicUrl }),
  }
}
