import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dicomZip, tinyPdf } from '#tests/fixtures/documents.ts'
import {
  aCase,
  aClinicMember,
  aCoordinator,
  anInvitedCaregiver,
  aPatient,
  aPlanAndQuote,
  aSecondOpinionDoctor,
  aSentCase,
  type Person,
  aWorld,
} from '#tests/fixtures/builders.ts'
import { startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, providerStaff } from '../../db/schema/app.ts'
import { secondOpinion } from '../../db/schema/second-opinions.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { casesForReviewingDoctor } from './second-opinions.ts'

// Second opinions through the case handles (ADR 0050): the coordinator asks
// an independent reviewing doctor, the family agrees or declines before the
// doctor sees anything, the doctor comments once (sealed), the family and the
// coordinator read it, clinics never; each refusal and a double submit.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let theCoordinator: Person
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  theCoordinator = await aCoordinator(rt)
})
afterAll(async () => {
  await rt?.cleanup()
})

const files = () => ({ letter: tinyPdf('Neurology letter'), mri: dicomZip({ modality: 'MR' }) })
const lotus = 'demo-lotus-neuro'
const COMMENT = 'Both plans are reasonable; ask about the respiratory follow-up.'

const world = () => aWorld(rt)

/** A sent case (shared with Lotus and Rheinufer), an independent doctor, and the request asked of them. */
async function anAskedWorld() {
  const w = world()
  const sent = await aSentCase(rt, files())
  const doctor = await aSecondOpinionDoctor(rt)
  const coordinator = await w.as(theCoordinator, sent.caseId, 'coordinator')
  const asked = await coordinator.askSecondOpinion(doctor.id)
  if (!asked.ok) throw new Error(asked.error.code)
  return { ...w, ...sent, doctor, requestId: asked.value.id }
}

async function agreed() {
  const w = await anAskedWorld()
  const family = await w.as(w.son, w.caseId, 'member')
  const answer = await family.answerSecondOpinion(w.requestId, 'agree', 1)
  if (!answer.ok) throw new Error(answer.error.code)
  return w
}

describe('asking', () => {
  test('the coordinator asks an independent doctor; the family is emailed a reference and a link, the doctor sees nothing yet', async () => {
    const w = await anAskedWorld()
    const [request] = await (await w.as(theCoordinator, w.caseId, 'coordinator')).secondOpinions()
    expect(request).toMatchObject({ status: 'awaiting-family', version: 1, comment: null })
    const asked = w.emails.filter((e) => e.template === 'second-opinion-asked')
    expect(asked.map((e) => e.to)).toEqual([w.son.email])
    expect(asked[0]!.params.url).toBe(`http://waypoint.test/patient/cases/${w.caseId}/second-opinion`)
    expect(await w.open(w.doctor, w.caseId)).toBeNull()
    expect(await casesForReviewingDoctor(w.deps, w.doctor.id)).toEqual([])
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, w.caseId), eq(auditEvent.action, 'second-opinion.asked')))
    expect(audits).toHaveLength(1)
  })

  test('a doctor of a clinic the case is referred to is not offered, and asking them is refused', async () => {
    const w = world()
    const { caseId } = await aSentCase(rt, files())
    const independent = await aSecondOpinionDoctor(rt, 'independent')
    const lotusDoctor = await aSecondOpinionDoctor(rt, 'lotus-reviewer', lotus)
    const coordinator = await w.as(theCoordinator, caseId, 'coordinator')
    expect((await coordinator.sendToProviders([lotus])).ok).toBe(true)
    const offered = (await coordinator.doctorsToAsk()).map((d) => d.id)
    expect(offered).toContain(independent.id)
    expect(offered).not.toContain(lotusDoctor.id)
    expect(await coordinator.askSecondOpinion(lotusDoctor.id)).toEqual({
      ok: false,
      error: { code: 'second-opinion.not-independent' },
    })
  })

  test('clinic staff, unknown accounts, a case not sent and a second open request are refused', async () => {
    const w = world()
    const { caseId } = await aSentCase(rt, files())
    const desk = await aClinicMember(rt, lotus)
    const doctor = await aSecondOpinionDoctor(rt)
    const coordinator = await w.as(theCoordinator, caseId, 'coordinator')
    const code = async (p: Promise<{ ok: boolean; error?: { code: string } }>) => {
      const r = await p
      return r.ok ? 'ok' : r.error!.code
    }
    expect(await code(coordinator.askSecondOpinion(desk.id))).toBe('second-opinion.not-a-reviewing-doctor')
    expect(await code(coordinator.askSecondOpinion('no-such-user'))).toBe(
      'second-opinion.not-a-reviewing-doctor',
    )
    expect(await code(coordinator.askSecondOpinion(doctor.id))).toBe('ok')
    expect(await code(coordinator.askSecondOpinion(doctor.id))).toBe('second-opinion.already-open')

    const patient = await aPatient(rt)
    const draft = await aCase(rt, patient)
    const onDraft = await w.as(theCoordinator, draft, 'coordinator')
    expect(await code(onDraft.askSecondOpinion(doctor.id))).toBe('second-opinion.case-not-open')
  })

  test('two coordinators asking at the same moment end with one open request', async () => {
    const w = world()
    const { caseId } = await aSentCase(rt, files())
    const [a, b] = [await aSecondOpinionDoctor(rt, 'a'), await aSecondOpinionDoctor(rt, 'b')]
    const other = await aCoordinator(rt, 'other-coordinator')
    const [one, two] = await Promise.all([
      (await w.as(theCoordinator, caseId, 'coordinator')).askSecondOpinion(a.id),
      (await w.as(other, caseId, 'coordinator')).askSecondOpinion(b.id),
    ])
    expect([one.ok, two.ok].sort()).toEqual([false, true])
    const rows = await rt.database.db.select().from(secondOpinion).where(eq(secondOpinion.caseId, caseId))
    expect(rows).toHaveLength(1)
  })
})

describe('the family decides', () => {
  test('a caregiver cannot agree; the representative agrees and the doctor is emailed a link', async () => {
    const w = await anAskedWorld()
    const helper = await anInvitedCaregiver(rt, w.son, w.caseId)
    const asHelper = await w.as(helper, w.caseId, 'member')
    expect((await asHelper.secondOpinions()).mayDecide).toBe(false)
    expect(await asHelper.answerSecondOpinion(w.requestId, 'agree', 1)).toEqual({
      ok: false,
      error: { code: 'second-opinion.not-allowed' },
    })
    const family = await w.as(w.son, w.caseId, 'member')
    expect(await family.answerSecondOpinion(w.requestId, 'agree', 1)).toEqual({
      ok: true,
      value: { status: 'agreed' },
    })
    const toDoctor = w.emails.filter((e) => e.template === 'second-opinion-agreed' && e.to === w.doctor.email)
    expect(toDoctor.map((e) => e.params.url)).toEqual([`http://waypoint.test/second-opinions/${w.caseId}`])
    // The coordinator is told the family agreed, not asked for "your second opinion".
    const toCoordinator = w.emails.filter((e) => e.to === theCoordinator.email)
    expect(toCoordinator.map((e) => [e.template, e.params.url])).toEqual([
      [
        'second-opinion-agreed-coordinator',
        `http://waypoint.test/coordinator/cases/${w.caseId}/second-opinion`,
      ],
    ])
    // The same page submitted twice: the second is stale, nothing changes.
    expect(await family.answerSecondOpinion(w.requestId, 'decline', 1)).toEqual({
      ok: false,
      error: { code: 'second-opinion.stale' },
    })
  })

  test('declined: the doctor never reaches the case', async () => {
    const w = await anAskedWorld()
    const family = await w.as(w.son, w.caseId, 'member')
    expect((await family.answerSecondOpinion(w.requestId, 'decline', 1)).ok).toBe(true)
    expect(await w.open(w.doctor, w.caseId)).toBeNull()
  })
})

describe('the doctor', () => {
  test('reaches only the agreed case, audited, with the condition but no identity, contact or documents', async () => {
    const w = await agreed()
    const handle = await w.as(w.doctor, w.caseId, 'second-opinion')
    const answers = handle.answers()
    expect(answers['condition']).toBe('als')
    for (const hidden of ['patient-name', 'contact', 'date-of-birth', 'who-for'])
      expect(answers[hidden], hidden).toBeUndefined()
    expect(handle).not.toHaveProperty('documents')
    expect(handle).not.toHaveProperty('openDocument')
    expect(handle).not.toHaveProperty('messages')
    expect(await handle.plans()).toEqual([])
    const reads = await rt.database.db
      .select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.subjectId, w.caseId),
          eq(auditEvent.action, 'case.read'),
          eq(auditEvent.actorUserId, w.doctor.id),
        ),
      )
    expect(reads.map((r) => (r.details as Record<string, unknown>)['as'])).toEqual(['second-opinion'])
    expect((await casesForReviewingDoctor(w.deps, w.doctor.id)).map((c) => c.caseId)).toEqual([w.caseId])

    // Another case, and another doctor on this case: not found.
    const other = await aSentCase(rt, files())
    expect(await w.open(w.doctor, other.caseId)).toBeNull()
    expect(await w.open(await aSecondOpinionDoctor(rt, 'not-asked'), w.caseId)).toBeNull()
  })

  test("reads each clinic's current plan with its signing doctor and the total its quote asks", async () => {
    const w = await agreed()
    const lotusDoctor = await aClinicMember(rt, lotus, 'lotus-doctor', 'treating-doctor')
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    if (!(await coordinator.sendToProviders([lotus])).ok) throw new Error('send refused')
    const clinic = await w.as(lotusDoctor, w.caseId, 'clinic')
    await clinic.openReferral()
    await clinic.startEvaluation()
    const protocol = 'Five days of multidisciplinary assessment, then respiratory physiotherapy.'
    const sent = await clinic.proposePlan(
      aPlanAndQuote({ plan: { protocol, schedule: 'Days 1–5 assessment.', lengthOfStayDays: '6' } }),
      'en',
    )
    expect(sent.ok).toBe(true)
    const plans = await (await w.as(w.doctor, w.caseId, 'second-opinion')).plans()
    expect(plans).toHaveLength(1)
    expect(plans[0]).toMatchObject({
      providerName: expect.stringContaining('Lotus'),
      plan: { protocol, sessions: 4, doctor: { name: lotusDoctor.name } },
      // 150,000 rupees and Waypoint's fee on top, in paise.
      total: { currency: 'INR', minor: expect.any(Number) },
    })
    expect(plans[0]!.total.minor).toBeGreaterThan(150_000_00)
  })

  test('comments once, sealed; the family and coordinator read it, clinics never; a double submit is stale', async () => {
    const w = await agreed()
    const handle = await w.as(w.doctor, w.caseId, 'second-opinion')
    // The page shows version 2 (asked, then agreed); the same form sent twice at once.
    expect(handle.request.version).toBe(2)
    const [first, second] = await Promise.all([handle.comment(COMMENT, 2), handle.comment('Again', 2)])
    expect([first.ok, second.ok].sort()).toEqual([false, true])
    const refused = [first, second].find((r) => !r.ok)
    expect(refused).toEqual({ ok: false, error: { code: 'second-opinion.stale' } })

    const [row] = await rt.database.db.select().from(secondOpinion).where(eq(secondOpinion.caseId, w.caseId))
    expect(row!.status).toBe('answered')
    expect(row!.sealedComment).not.toContain('respiratory')
    expect(row!.sealedComment).not.toContain('Again')

    const family = (await (await w.as(w.son, w.caseId, 'member')).secondOpinions()).requests
    const coordinator = await (await w.as(theCoordinator, w.caseId, 'coordinator')).secondOpinions()
    const written = family[0]!.comment
    expect([COMMENT, 'Again']).toContain(written)
    expect(coordinator[0]!.comment).toBe(written)
    expect((await w.as(w.doctor, w.caseId, 'second-opinion')).request.comment).toBe(written)

    // A clinic the case is referred to reads it, and nothing of the second opinion.
    if (!(await (await w.as(theCoordinator, w.caseId, 'coordinator')).sendToProviders([lotus])).ok)
      throw new Error('send refused')
    const clinic = await w.as(await aClinicMember(rt, lotus), w.caseId, 'clinic')
    expect(JSON.stringify(clinic)).not.toContain('secondOpinion')
    expect(clinic).not.toHaveProperty('secondOpinions')

    const answered = w.emails.filter((e) => e.template === 'second-opinion-answered')
    expect(answered.map((e) => e.to)).toContain(w.son.email)
    expect(JSON.stringify(w.emails)).not.toContain(written!)
    const audits = await rt.database.db.select().from(auditEvent).where(eq(auditEvent.subjectId, w.caseId))
    expect(JSON.stringify(audits)).not.toContain(written!)

    expect(await handle.comment('Once more', 3)).toEqual({
      ok: false,
      error: { code: 'second-opinion.not-open' },
    })
  })

  test('an empty comment is refused', async () => {
    const w = await agreed()
    const handle = await w.as(w.doctor, w.caseId, 'second-opinion')
    expect(await handle.comment('   ', 2)).toEqual({
      ok: false,
      error: { code: 'second-opinion.comment-empty' },
    })
  })

  test('a doctor who joined a clinic on the case can no longer comment', async () => {
    const w = await agreed()
    await rt.database.db.insert(providerStaff).values({ userId: w.doctor.id, providerId: lotus })
    const handle = await w.as(w.doctor, w.caseId, 'second-opinion')
    expect(await handle.comment(COMMENT, 2)).toEqual({
      ok: false,
      error: { code: 'second-opinion.not-independent' },
    })
  })
})

describe('withdrawing', () => {
  test('the coordinator withdraws an agreed request: the doctor loses the case, the family can no longer answer', async () => {
    const w = await agreed()
    const coordinator = await w.as(theCoordinator, w.caseId, 'coordinator')
    expect(await coordinator.withdrawSecondOpinion(w.requestId, 1)).toEqual({
      ok: false,
      error: { code: 'second-opinion.stale' },
    })
    expect(await coordinator.withdrawSecondOpinion(w.requestId, 2)).toEqual({ ok: true, value: null })
    expect(await w.open(w.doctor, w.caseId)).toBeNull()
    expect(await coordinator.withdrawSecondOpinion(w.requestId, 3)).toEqual({
      ok: false,
      error: { code: 'second-opinion.not-open' },
    })
    // Withdrawn requests are not shown to the family.
    expect((await (await w.as(w.son, w.caseId, 'member')).secondOpinions()).requests).toEqual([])
  })
})
