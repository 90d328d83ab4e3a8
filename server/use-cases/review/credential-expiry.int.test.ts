import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  aClinicMember,
  aClock,
  aCoordinator,
  alsAnswersForAParent,
  answerAll,
  aCase,
  aPatient,
  open,
  uploadRequest,
  aWorld,
  type Person,
} from '#tests/fixtures/builders.ts'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { aReviewer } from '#tests/fixtures/review-builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, outboxEmail, provider } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { accreditation, offer } from '../../db/schema/catalogue.ts'
import { quote } from '../../db/schema/cases.ts'
import { credential } from '../../db/schema/review.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { getProviderProfile } from '../catalogue/public-catalogue.ts'
import type { PlanAndQuoteInput } from '../quotes/propose-plan.ts'
import { runCredentialExpiry } from './credential-expiry.ts'
import { decideReviewItem } from './decide-review-item.ts'
import { listCredentialsDueForReverification } from './reverification-due.ts'

// Credentials expire with no one touching them (issue 16, ADR 0057): the
// expiry job, run as the clock moves day by day, reminds the clinic's
// administrators 60 and 14 days ahead (each once, in their language), marks
// the credential expired the day after its last valid day, and from then the
// public profile says so, the reviewer sees it due, and the clinic cannot quote.
// Each test file on the server shares the database: this one makes its own
// clinic, a copy of a demo one, so no other file sees its credentials.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

const at = (day: string, time = '06:00:00') => new Date(`${day}T${time}Z`)

/** A clinic of our own (a copy of Lotus, approved, in Kolkata) with one public offer like Lotus's. */
async function aClinic() {
  const db = rt.database.db
  const id = `expiry-${randomUUID().slice(0, 8)}`
  const [lotus] = await db.select().from(provider).where(eq(provider.id, 'demo-lotus-neuro'))
  await db.insert(provider).values({
    ...lotus!,
    id,
    slug: id,
    name: `Expiry test clinic ${id}`,
    timeZone: 'Asia/Kolkata',
    reviewStatus: 'approved',
    // Not part of the demo catalogue: other files count its providers.
    isDemo: false,
  })
  const [mdt] = await db.select().from(offer).where(eq(offer.id, 'offer-lotus-mdt'))
  const offerId = `offer-${id}`
  await db.insert(offer).values({ ...mdt!, id: offerId, providerId: id, reviewStatus: 'approved' })
  ours.push(id)
  return { id, offerId }
}

/** An approved accreditation, also written to `accreditation` as a reviewer's approval does (ADR 0052). */
async function anAccreditation(providerId: string, validTo: string, verifiedAt: Date) {
  const id = randomUUID()
  const reference = `JCI-${id.slice(0, 6)}`
  await rt.database.db.insert(credential).values({
    id,
    providerId,
    kind: 'accreditation',
    issuer: 'JCI',
    reference,
    validFrom: '2028-01-01',
    validTo,
    reviewStatus: 'approved',
    verificationMethod: 'registry-checked',
    verifiedAt,
  })
  await rt.database.db.insert(accreditation).values({
    id,
    providerId,
    accreditor: 'JCI',
    reference,
    validFrom: '2028-01-01',
    validTo,
    verification: 'verified',
    verifiedAt,
    verificationMethod: 'registry-checked',
  })
  return { id, reference }
}

async function anEthicsRegistration(providerId: string, verifiedAt: Date) {
  const id = randomUUID()
  await rt.database.db.insert(credential).values({
    id,
    providerId,
    kind: 'ethics-committee',
    issuer: 'CDSCO',
    reference: `ECR/${id.slice(0, 4)}/INST/2030`,
    validTo: '2035-12-31',
    reviewStatus: 'approved',
    verificationMethod: 'public-directory-checked',
    verifiedAt,
  })
  return id
}

/**
 * The job, as the hourly schedule runs it, at this instant; emails go through
 * the real queue. Limited to this file's clinics: on the server, other files'
 * credentials share the database and must not expire on this file's clock.
 */
const ours: string[] = []
const runAt = (now: Date) =>
  runCredentialExpiry(
    {
      db: rt.database.db,
      clock: aClock(now),
      notify: { publicUrl: 'http://waypoint.test', email: (r) => rt.jobs.sendEmail(r) },
    },
    ours,
  )

async function outboxOf(email: string, expected: number) {
  const read = () => rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, email.toLowerCase()))
  for (const until = Date.now() + 20_000; (await read()).length < expected;) {
    if (Date.now() > until) break
    await new Promise((r) => setTimeout(r, 100))
  }
  return read()
}

async function standingOf(id: string) {
  const [row] = await rt.database.db.select().from(credential).where(eq(credential.id, id))
  return row!
}

describe(`credential expiry on ${engineUnderTest}`, () => {
  test('the job is scheduled every hour, once across instances', async () => {
    const schedules = await rt.jobs.boss.getSchedules()
    expect(schedules.filter((s) => s.name === 'credential.expiry').map((s) => s.cron)).toEqual(['12 * * * *'])
  })

  test('a credential is reminded at 60 and 14 days, each once, and expires the day after its last day', async () => {
    const clinic = await aClinic()
    const admin = await aClinicMember(rt, clinic.id, 'expiry-admin', 'clinic-administrator')
    await rt.database.db.update(user).set({ locale: 'fr' }).where(eq(user.id, admin.id))
    const desk = await aClinicMember(rt, clinic.id, 'expiry-desk', 'international-desk')
    const jci = await anAccreditation(clinic.id, '2031-03-15', at('2031-01-02'))
    const ethics = await anEthicsRegistration(clinic.id, at('2031-01-02'))

    expect(await runAt(at('2031-01-13'))).toEqual({ reminded: 0, expired: 0 })
    // 60 days ahead, then again the same day and the next: one reminder.
    expect(await runAt(at('2031-01-14'))).toEqual({ reminded: 1, expired: 0 })
    expect(await runAt(at('2031-01-14', '07:00:00'))).toEqual({ reminded: 0, expired: 0 })
    expect(await runAt(at('2031-01-15'))).toEqual({ reminded: 0, expired: 0 })
    // 14 days ahead: the second reminder, once.
    expect(await runAt(at('2031-02-28'))).toEqual({ reminded: 0, expired: 0 })
    expect(await runAt(at('2031-03-01'))).toEqual({ reminded: 1, expired: 0 })
    expect(await runAt(at('2031-03-02'))).toEqual({ reminded: 0, expired: 0 })
    // The last valid day, and the evening before it ends in Kolkata: still current.
    expect(await runAt(at('2031-03-15', '18:00:00'))).toEqual({ reminded: 0, expired: 0 })
    expect((await standingOf(jci.id)).standing).toBe('current')
    // 18:30 UTC is midnight in Kolkata: the day after, it expires, once.
    expect(await runAt(at('2031-03-15', '18:31:00'))).toEqual({ reminded: 0, expired: 1 })
    expect(await runAt(at('2031-03-16'))).toEqual({ reminded: 0, expired: 0 })

    const expired = await standingOf(jci.id)
    expect(expired).toMatchObject({ standing: 'expired', expiredAt: at('2031-03-15', '18:31:00') })
    expect((await standingOf(ethics)).standing).toBe('current')

    // Both reminders reached the administrator, in French, naming the credential and its last day; the desk none.
    const mail = await outboxOf(admin.email, 2)
    expect(mail).toHaveLength(2)
    for (const m of mail) {
      expect(m.template).toBe('credential-expiring')
      expect(m.locale).toBe('fr')
      expect(m.text).toContain(jci.reference)
      expect(m.text).toContain('15 mars 2031')
      expect(m.text).toContain('accréditation')
    }
    // The queue may deliver them in either order.
    expect(mail.map((m) => Number(/il reste (\d+) jours/.exec(m.text)?.[1])).sort((a, b) => b - a)).toEqual([
      60, 14,
    ])
    expect(await outboxOf(desk.email, 0)).toHaveLength(0)

    // A system action, audited by id only.
    const audits = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectType, 'credential'), eq(auditEvent.subjectId, jci.id)))
    expect(audits.map((a) => [a.action, a.actorUserId, a.details['days'] ?? null])).toEqual([
      ['credential.reminder-sent', null, 60],
      ['credential.reminder-sent', null, 14],
      ['credential.expired', null, null],
    ])
  })

  test('a renewal a reviewer approves stands current again, and the job leaves it so', async () => {
    const clinic = await aClinic()
    const jci = await anAccreditation(clinic.id, '2032-03-15', at('2032-01-02'))
    expect(await runAt(at('2032-03-16'))).toMatchObject({ expired: 1 })
    // The clinic uploads the renewed certificate: new dates, back to a reviewer.
    await rt.database.db
      .update(credential)
      .set({ validTo: '2035-03-15', reviewStatus: 'pending' })
      .where(eq(credential.id, jci.id))
    const reviewer = await aReviewer(rt)
    const decided = await decideReviewItem(
      {
        db: rt.database.db,
        clock: aClock(at('2032-03-20')),
        notify: { publicUrl: 'http://waypoint.test', email: (r) => rt.jobs.sendEmail(r) },
      },
      reviewer,
      { subject: 'credential', id: jci.id },
      {
        decision: 'approve',
        reasonCode: null,
        note: '',
        evidence: '',
        verificationMethod: 'document-checked',
        seenDecisions: 0,
      },
    )
    expect(decided.ok).toBe(true)
    expect(await standingOf(jci.id)).toMatchObject({
      reviewStatus: 'approved',
      standing: 'current',
      expiredAt: null,
      verificationMethod: 'document-checked',
    })
    const [row] = await rt.database.db.select().from(accreditation).where(eq(accreditation.id, jci.id))
    expect(row!.validTo).toBe('2035-03-15')
    expect(await runAt(at('2032-03-21'))).toEqual({ reminded: 0, expired: 0 })
    expect((await standingOf(jci.id)).standing).toBe('current')
  })

  test('the day after, the public profile shows it expired and the offer carries the policy’s warning', async () => {
    const clinic = await aClinic()
    const jci = await anAccreditation(clinic.id, '2031-06-30', at('2031-05-01'))
    const ethics = await anEthicsRegistration(clinic.id, at('2031-05-01'))

    const before = await getProviderProfile(rt, clinic.id, at('2031-06-30'))
    expect(before!.accreditations.find((a) => a.id === jci.id)!.standing).toEqual({ standing: 'current' })

    expect(await runAt(at('2031-07-01'))).toMatchObject({ expired: 1 })
    const after = await getProviderProfile(rt, clinic.id, at('2031-07-01'))
    expect(after!.accreditations.find((a) => a.id === jci.id)).toMatchObject({
      verificationMethod: 'registry-checked',
      standing: { standing: 'expired', expiredOn: '2031-07-01' },
    })
    // The other kinds a reviewer approved, with when and how they were verified.
    expect(after!.credentials).toEqual([
      expect.objectContaining({
        id: ethics,
        kind: 'ethics-committee',
        verificationMethod: 'public-directory-checked',
        verifiedAt: at('2031-05-01'),
        standing: { standing: 'current' },
      }),
    ])
    // The listing policy now warns about the lapsed accreditation on the stored verdict.
    const [judged] = await rt.database.db.select().from(offer).where(eq(offer.id, clinic.offerId))
    expect((judged!.verdictReasons as { code: string }[]).map((r) => r.code)).toContain(
      'accreditation.expired',
    )
    expect(judged!.verdictAt).toEqual(at('2031-07-01'))
  })

  test('reviewers see expired and 90-day-old verifications as due, and nothing else', async () => {
    const clinic = await aClinic()
    const lapsed = await anAccreditation(clinic.id, '2031-06-30', at('2031-05-01'))
    const stale = await anEthicsRegistration(clinic.id, at('2031-03-01'))
    const fresh = await anEthicsRegistration(clinic.id, at('2031-06-15'))
    await runAt(at('2031-07-01'))
    const due = (await listCredentialsDueForReverification(rt, at('2031-07-01'))).filter((d) =>
      ([lapsed.id, stale, fresh] as string[]).includes(d.id),
    )
    expect(due.map((d) => [d.id, d.reason, d.expiredOn])).toEqual(
      expect.arrayContaining([
        [lapsed.id, 'expired', '2031-07-01'],
        [stale, 'verification-stale', null],
      ]),
    )
    expect(due).toHaveLength(2)
  })
})

describe(`a quote from a clinic whose credential lapsed, on ${engineUnderTest}`, () => {
  let coordinator: Person
  beforeAll(async () => {
    coordinator = await aCoordinator(rt, 'expiry-router')
  })

  /** A family's case sent to our clinic, which a treating doctor is evaluating, on a clock the test moves. */
  async function aCaseBeingEvaluated(clinic: { id: string; offerId: string }, start: Date) {
    const son = await aPatient(rt, 'son')
    const caseId = await aCase(rt, son)
    await answerAll(rt, son, caseId, alsAnswersForAParent)
    let family = await open(rt, son, caseId, 'member')
    const chosen = await family.chooseOffers({ offerIds: [clinic.offerId], helpMeChoose: false })
    if (!chosen.ok) throw new Error(`offers refused: ${JSON.stringify(chosen.error)}`)
    const uploaded = await family.upload(uploadRequest([{ name: 'letter.pdf', bytes: tinyPdf('Letter') }]))
    const letter = uploaded.ok ? uploaded.value.outcomes[0] : undefined
    if (!letter?.ok) throw new Error('upload refused')
    await family.setProcessingConsent(true)
    family = await open(rt, son, caseId, 'member')
    const shared = await family.setShares({
      [`share-${clinic.id}`]: ['yes'],
      [`docs-${clinic.id}`]: [letter.documentId],
      [`sections-${clinic.id}`]: ['condition'],
    })
    if (!shared.ok) throw new Error(`shares refused: ${JSON.stringify(shared.error)}`)
    const sent = await (await open(rt, son, caseId, 'member')).submit()
    if (!sent.ok) throw new Error(`submit refused: ${JSON.stringify(sent.error)}`)
    const referred = await (await open(rt, coordinator, caseId, 'coordinator')).sendToProviders([clinic.id])
    if (!referred.ok) throw new Error(`referral refused: ${JSON.stringify(referred.error)}`)
    const doctor = await aClinicMember(rt, clinic.id, 'expiry-doctor', 'treating-doctor')
    const w = aWorld(rt, start)
    const handle = await w.as(doctor, caseId, 'clinic')
    await handle.openReferral()
    await handle.startEvaluation()
    return { caseId, doctor, w }
  }

  const aPlan = (validUntil: string): PlanAndQuoteInput => ({
    plan: {
      protocol: 'Five days of multidisciplinary assessment.',
      schedule: 'Days 1–5 assessment.',
      sessions: '1',
      lengthOfStayDays: '5',
      pretreatmentTests: 'Spirometry on arrival.',
      aftercare: 'A written care plan for the home neurologist.',
    },
    quote: {
      currency: 'INR',
      validUntil,
      lines: [{ category: 'procedure', description: 'Assessment', quantity: '1', unitPrice: '150000' }],
      inclusions: [],
      exclusions: [],
    },
  })

  test('is refused, naming the credential, until a reviewer verifies a current one', async () => {
    const clinic = await aClinic()
    const jci = await anAccreditation(clinic.id, '2031-06-30', at('2031-05-01'))
    const { caseId, doctor, w } = await aCaseBeingEvaluated(clinic, at('2031-07-01'))
    await runAt(at('2031-07-01'))

    const refused = await (await w.as(doctor, caseId, 'clinic')).proposePlan(aPlan('2031-08-31'), 'en')
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'quote.credentials-need-reverification',
        credentials: [{ kind: 'accreditation', reference: jci.reference }],
      },
    })
    expect(await rt.database.db.select().from(quote).where(eq(quote.caseId, caseId))).toEqual([])

    // A reviewer verifies the renewed certificate: the same quote now goes.
    await rt.database.db
      .update(credential)
      .set({ validTo: '2033-06-30', standing: 'current', expiredAt: null, verifiedAt: at('2031-07-01') })
      .where(eq(credential.id, jci.id))
    const sent = await (await w.as(doctor, caseId, 'clinic')).proposePlan(aPlan('2031-08-31'), 'en')
    expect(sent.ok).toBe(true)
    expect(await rt.database.db.select().from(quote).where(eq(quote.caseId, caseId))).toHaveLength(1)
  })

  test('is refused when a current credential was last verified more than 90 days ago', async () => {
    const clinic = await aClinic()
    const ethics = await anEthicsRegistration(clinic.id, at('2031-03-01'))
    const { caseId, doctor, w } = await aCaseBeingEvaluated(clinic, at('2031-06-01'))
    const refused = await (await w.as(doctor, caseId, 'clinic')).proposePlan(aPlan('2031-07-31'), 'en')
    expect(refused.ok ? null : refused.error.code).toBe('quote.credentials-need-reverification')
    expect((await standingOf(ethics)).standing).toBe('current')
  })
})
