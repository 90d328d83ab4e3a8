import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { asUserId, type ProviderId } from '#domain/shared/ids.ts'
import {
  aClinicMember,
  aCoordinator,
  anAcceptedPlan,
  aTreatedPatient,
  type Person,
} from '#tests/fixtures/builders.ts'
import { aReviewer } from '#tests/fixtures/review-builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent } from '../../db/schema/app.ts'
import { providerReview, reviewReport } from '../../db/schema/reviews.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import {
  moderateReview,
  publishedReviews,
  readReviewForReviewer,
  replyToReview,
  reportReview,
  reviewForClinic,
  reviewQueueForReviewers,
} from './reviews.ts'

// Verified reviews (issue 17, ADR 0068): only a family whose case reached
// treatment with a provider reviews it, once; every review waits for a
// reviewer (one with personal data first, flagged); the published review is
// on the provider's page with its month of treatment and no family name; the
// clinic's desk replies once; anyone reports it, and the report reaches the
// reviewers' queue, who can take it down.
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

const lotus = 'demo-lotus-neuro' as ProviderId
const rhein = 'demo-rheinufer' as ProviderId
const goodText = 'The team explained every step, the room had power for the ventilator, and the desk met us.'
const review = (o: Partial<Record<'rating' | 'text' | 'displayName' | 'offer', string>> = {}) => ({
  rating: '4',
  text: goodText,
  displayName: '',
  offer: '',
  ...o,
})

/** A case whose family accepted Lotus's plan; Rheinufer was referred too and closed. Sessions only when asked. */
const aCase = (options: { session: boolean }) =>
  (options.session ? aTreatedPatient : anAcceptedPlan)(rt, theCoordinator)

const reviewsOfCase = (caseId: string) =>
  rt.database.db.select().from(providerReview).where(eq(providerReview.caseId, caseId))

describe(`verified reviews on ${engineUnderTest}`, () => {
  test('a case that did not reach treatment cannot review, nor review another provider', async () => {
    const w = await aCase({ session: false })
    const family = await w.family()
    expect(await family.reviews()).toEqual([])
    expect(await family.writeReview(lotus, review())).toEqual({
      ok: false,
      error: { code: 'reviews.not-treated', field: 'form' },
    })
    expect(await reviewsOfCase(w.caseId)).toEqual([])
  })

  test('treated by Lotus: Rheinufer cannot be reviewed, Lotus once; a held review waits flagged', async () => {
    const w = await aCase({ session: true })
    const family = await w.family()
    const listed = await family.reviews()
    expect(listed).toMatchObject([
      { providerId: lotus, treatedMonth: '2026-12', mayWrite: true, review: null },
    ])
    expect(await family.writeReview(rhein, review())).toMatchObject({
      error: { code: 'reviews.not-treated' },
    })
    // Bad input: refused on its fields, nothing saved.
    expect(await family.writeReview(lotus, review({ rating: '9', text: 'short' }))).toMatchObject({
      ok: false,
      error: [{ field: 'rating' }, { field: 'text' }],
    })
    expect(await reviewsOfCase(w.caseId)).toEqual([])

    const held = `${goodText} Call me on ٠٩٨٧٦ ٥٤٣٢١٠ — Dr Menon knows us.`
    const written = await family.writeReview(lotus, review({ text: held }))
    expect(written).toMatchObject({ ok: true, value: { held: true } })
    expect(await family.writeReview(lotus, review())).toMatchObject({
      error: { code: 'reviews.already-written' },
    })
    const [row] = await reviewsOfCase(w.caseId)
    // Stored whole, never edited; only flags say what the check found.
    expect(row).toMatchObject({
      body: held,
      status: 'awaiting',
      flags: ['phone', 'staff-name'],
      treatedMonth: '2026-12',
    })

    const queue = await reviewQueueForReviewers(w.deps)
    expect(queue.awaiting.find((r) => r.id === row!.id)).toMatchObject({ flags: ['phone', 'staff-name'] })

    // A reviewer rejects it with a reason the family reads; the family may then write again.
    const reviewer = await aReviewer(rt, 'reviews-reject')
    const rid = asUserId(reviewer.id)
    expect(await moderateReview(w.deps, rid, row!.id, { type: 'take-down', reason: '' })).toMatchObject({
      error: { code: 'reviews.reason-missing' },
    })
    expect(
      await moderateReview(w.deps, rid, row!.id, { type: 'take-down', reason: 'personal-data' }),
    ).toEqual({
      ok: true,
      value: { status: 'rejected' },
    })
    const after = await (await w.family()).reviews()
    // It comes back whole, so the family mends it rather than writing it again.
    expect(after).toMatchObject([
      {
        mayWrite: true,
        review: { status: 'rejected', reason: 'personal-data', body: row!.body, rating: row!.rating },
      },
    ])
    expect(await (await w.family()).writeReview(lotus, review())).toMatchObject({
      ok: true,
      value: { held: false },
    })
  })

  test('a caregiver helps with the case but does not write its review', async () => {
    const w = await aCase({ session: true })
    const { anInvitedCaregiver } = await import('#tests/fixtures/builders.ts')
    const helper = await anInvitedCaregiver(rt, w.son, w.caseId)
    const asHelper = await w.as(helper, w.caseId, 'member')
    expect(await asHelper.writeReview(lotus, review())).toMatchObject({
      error: { code: 'reviews.no-authority' },
    })
  })

  test('published, shown on the page; the clinic replies once; a public report reaches the queue', async () => {
    const w = await aCase({ session: true })
    const written = await (await w.family()).writeReview(lotus, review({ displayName: 'Sunil’s family' }))
    if (!written.ok) throw new Error('review refused')
    const id = written.value.reviewId
    const reviewer = await aReviewer(rt, 'reviews-publish')
    const rid = asUserId(reviewer.id)
    // Not public until a reviewer publishes it; a clinic cannot reply yet.
    const desk = await aClinicMember(rt, lotus, 'lotus-desk', 'international-desk')
    expect((await publishedReviews(w.deps, lotus)).some((r) => r.id === id)).toBe(false)
    expect(await replyToReview(w.deps, asUserId(desk.id), id, 'Thank you.')).toEqual({
      ok: false,
      error: { code: 'reviews.not-found' },
    })

    expect(await moderateReview(w.deps, rid, id, { type: 'publish' })).toEqual({
      ok: true,
      value: { status: 'published' },
    })
    expect(await moderateReview(w.deps, rid, id, { type: 'publish' })).toMatchObject({
      error: { code: 'reviews.not-awaiting' },
    })
    const shown = (await publishedReviews(w.deps, lotus)).find((r) => r.id === id)
    expect(shown).toMatchObject({
      body: goodText,
      rating: 4,
      displayName: 'Sunil’s family',
      treatedMonth: '2026-12',
    })
    // Nothing on the page names the family beyond the name they chose.
    expect(JSON.stringify(shown)).not.toContain(w.son.name)

    // The clinic: a doctor may not speak for it, another clinic finds nothing, the desk replies once.
    const doctor = await aClinicMember(rt, lotus, 'lotus-doc2', 'treating-doctor')
    const otherDesk = await aClinicMember(rt, rhein, 'rhein-desk', 'international-desk')
    expect(await replyToReview(w.deps, asUserId(doctor.id), id, 'Thank you.')).toMatchObject({
      error: { code: 'reviews.reply-not-allowed' },
    })
    expect(await reviewForClinic(w.deps, asUserId(otherDesk.id), id)).toBeNull()
    expect(await replyToReview(w.deps, asUserId(otherDesk.id), id, 'Thank you.')).toMatchObject({
      error: { code: 'reviews.not-found' },
    })
    expect(await reviewForClinic(w.deps, asUserId(desk.id), id)).toMatchObject({ mayReply: true })
    expect(await replyToReview(w.deps, asUserId(desk.id), id, 'Thank you for your trust.')).toEqual({
      ok: true,
      value: null,
    })
    expect(await replyToReview(w.deps, asUserId(desk.id), id, 'And again.')).toMatchObject({
      error: { code: 'reviews.already-replied' },
    })
    expect((await publishedReviews(w.deps, lotus)).find((r) => r.id === id)).toMatchObject({
      reply: 'Thank you for your trust.',
    })

    // Anyone reports it, without signing in; the report reaches the reviewers' queue.
    const slug = (await readReviewForReviewer(w.deps, rid, id))!.provider.slug
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`
    expect(
      await reportReview(w.deps, { userId: null, address }, slug, id, { reason: 'nope', details: '' }),
    ).toMatchObject({
      ok: false,
      error: [{ code: 'reviews.report-reason-missing', field: 'reason' }],
    })
    expect(
      await reportReview(w.deps, { userId: null, address }, slug, id, {
        reason: 'fake',
        details: 'I know this family did not go.',
      }),
    ).toEqual({ ok: true, value: null })
    const queue = await reviewQueueForReviewers(w.deps)
    expect(queue.reported.find((r) => r.id === id)).toMatchObject({ openReports: 1 })
    const read = await readReviewForReviewer(w.deps, rid, id)
    expect(read?.reports).toMatchObject([
      { reason: 'fake', details: 'I know this family did not go.', open: true },
    ])
    // The reporter's words are sealed at rest.
    const [stored] = await rt.database.db.select().from(reviewReport).where(eq(reviewReport.reviewId, id))
    expect(stored!.detailsSealed).not.toContain('family')

    // A reviewer takes it down: it leaves the page, the reports are closed.
    expect(await moderateReview(w.deps, rid, id, { type: 'take-down', reason: 'not-first-hand' })).toEqual({
      ok: true,
      value: { status: 'unpublished' },
    })
    expect((await publishedReviews(w.deps, lotus)).some((r) => r.id === id)).toBe(false)
    expect((await reviewQueueForReviewers(w.deps)).reported.some((r) => r.id === id)).toBe(false)

    // Each step audited, by id and code only.
    const audit = await rt.database.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectType, 'review'), eq(auditEvent.subjectId, id)))
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'reviews.published',
        'reviews.read',
        'reviews.read',
        'reviews.replied',
        'reviews.reported',
        'reviews.unpublished',
      ].sort(),
    )
    expect(JSON.stringify(audit)).not.toContain('Thank you')
  })

  test('reports are limited per network address', async () => {
    const w = await aCase({ session: true })
    const written = await (await w.family()).writeReview(lotus, review())
    if (!written.ok) throw new Error('review refused')
    const rid = asUserId((await aReviewer(rt, 'reviews-limit')).id)
    await moderateReview(w.deps, rid, written.value.reviewId, { type: 'publish' })
    const slug = (await readReviewForReviewer(w.deps, rid, written.value.reviewId))!.provider.slug
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`
    const report = () =>
      reportReview(w.deps, { userId: null, address }, slug, written.value.reviewId, {
        reason: 'abusive',
        details: '',
      })
    for (let i = 0; i < 5; i++) expect(await report()).toEqual({ ok: true, value: null })
    expect(await report()).toMatchObject({ ok: false, error: { code: 'reviews.report-throttled' } })
  })
})
