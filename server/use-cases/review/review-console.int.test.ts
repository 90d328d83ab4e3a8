import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { DecisionInput } from '#domain/review/decide-review.ts'
import { aClinicMember, aWorld } from '#tests/fixtures/builders.ts'
import {
  aReviewer,
  aSubmittedClinic,
  aSubmittedCredential,
  aSubmittedOffer,
} from '#tests/fixtures/review-builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, providerStaff } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { accreditation, offer, providerListing } from '../../db/schema/catalogue.ts'
import { credential, reviewDecision } from '../../db/schema/review.ts'
import { renderEmail } from '../../mail/templates.ts'
import { getProviderProfile } from '../catalogue/public-catalogue.ts'
import { openClinicDocument } from './clinic-document.ts'
import { decideReviewItem } from './decide-review-item.ts'
import { openReviewItem } from './review-item.ts'
import { reviewQueuesNow } from './review-queues.ts'

// The reviewer console (issue 16, ADR 0054): nothing is public before an
// approval, a cell-based offer needs two different reviewers, nobody reviews
// their own clinic, and the clinic hears of each settled decision in its language.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

const approve = (more: Partial<DecisionInput> = {}): DecisionInput => ({
  decision: 'approve',
  reasonCode: null,
  note: '',
  evidence: '',
  verificationMethod: null,
  seenDecisions: 0,
  ...more,
})

const isListed = async (providerId: string) =>
  (
    await rt.database.db
      .select({ id: providerListing.providerId })
      .from(providerListing)
      .where(eq(providerListing.providerId, providerId))
  ).length === 1
const publicOfferIds = async (slug: string) =>
  (await getProviderProfile(rt, slug))?.offers.map((o) => o.id) ?? []
const reviewStatusOf = async (offerId: string) =>
  (await rt.database.db.select({ s: offer.reviewStatus }).from(offer).where(eq(offer.id, offerId)))[0]?.s

/** A clinic a reviewer approved, with one member who reads Waypoint in `locale`. */
async function anApprovedClinic(locale = 'en') {
  const clinic = await aSubmittedClinic(rt, 'approved')
  const member = await aClinicMember(rt, clinic.id, 'desk')
  await rt.database.db.update(user).set({ locale }).where(eq(user.id, member.id))
  return { ...clinic, member }
}

describe(`the reviewer console on ${engineUnderTest}`, () => {
  test('a pending offer with a listable verdict is on no public page', async () => {
    const clinic = await anApprovedClinic()
    await aSubmittedOffer(rt, clinic.id, { verdict: 'listable' })
    expect(await publicOfferIds(clinic.slug)).toEqual([])
    expect(await isListed(clinic.id)).toBe(false)
  })

  test('one approval of an ordinary offer makes it public in search rows and on the profile', async () => {
    const clinic = await anApprovedClinic()
    const submitted = await aSubmittedOffer(rt, clinic.id)
    const reviewer = await aReviewer(rt)
    const { deps, emails } = aWorld(rt)
    const decided = await decideReviewItem(deps, reviewer, { subject: 'offer', id: submitted.id }, approve())
    expect(decided).toEqual({
      ok: true,
      value: { status: 'approved', approvals: 1, needed: 1, settled: true },
    })
    expect(await publicOfferIds(clinic.slug)).toEqual([submitted.id])
    expect(await isListed(clinic.id)).toBe(true)
    // Recorded with who and when, audited, and the clinic is told.
    const [row] = await rt.database.db
      .select()
      .from(reviewDecision)
      .where(eq(reviewDecision.subjectId, submitted.id))
    expect(row).toMatchObject({ subjectType: 'offer', decision: 'approve', reviewerUserId: reviewer.id })
    const audits = await rt.database.db
      .select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, submitted.id), eq(auditEvent.actorUserId, reviewer.id)))
    expect(audits.map((a) => a.action)).toContain('review.decided')
    expect(emails).toMatchObject([
      { template: 'review-decided', to: clinic.member.email, params: { outcome: 'approved' } },
    ])
  })

  test('a cell-based offer needs two different reviewers; the same reviewer twice is refused', async () => {
    const clinic = await anApprovedClinic()
    const submitted = await aSubmittedOffer(rt, clinic.id, { treatmentClass: 'cell-based-intervention' })
    const [first, second] = [await aReviewer(rt, 'first'), await aReviewer(rt, 'second')]
    const { deps, emails } = aWorld(rt)
    const target = { subject: 'offer', id: submitted.id } as const

    expect(await decideReviewItem(deps, first, target, approve())).toEqual({
      ok: true,
      value: { status: 'pending', approvals: 1, needed: 2, settled: false },
    })
    expect(await reviewStatusOf(submitted.id)).toBe('pending')
    expect(await publicOfferIds(clinic.slug)).toEqual([])
    expect(emails).toEqual([])

    expect(await decideReviewItem(deps, first, target, approve({ seenDecisions: 1 }))).toEqual({
      ok: false,
      error: { code: 'review.already-approved' },
    })
    // An administrator supporting the console is not the second reviewer.
    const admin = await aReviewer(rt, 'admin', 'admin')
    expect(await decideReviewItem(deps, admin, target, approve({ seenDecisions: 1 }))).toEqual({
      ok: false,
      error: { code: 'review.reviewers-only', field: 'decision' },
    })
    expect(await reviewStatusOf(submitted.id)).toBe('pending')
    const decided = await decideReviewItem(deps, second, target, approve({ seenDecisions: 1 }))
    expect(decided.ok && decided.value.status).toBe('approved')
    expect(await publicOfferIds(clinic.slug)).toEqual([submitted.id])
    // The page says it had both approvals, not that the count started again.
    const view = await openReviewItem(deps, second, 'offer', submitted.id, null)
    expect({ approvals: view?.approvals, needed: view?.needed }).toEqual({ approvals: 2, needed: 2 })
  })

  test('an offer the policy judged cell-based by its words needs two reviewers too', async () => {
    const clinic = await anApprovedClinic()
    const submitted = await aSubmittedOffer(rt, clinic.id, {
      verdict: 'listable-with-warnings',
      reasons: [{ code: 'offer.cell-product-in-text' }],
    })
    const { deps } = aWorld(rt)
    const decided = await decideReviewItem(
      deps,
      await aReviewer(rt),
      { subject: 'offer', id: submitted.id },
      approve(),
    )
    expect(decided.ok && decided.value).toMatchObject({ status: 'pending', needed: 2 })
  })

  test('a reviewer on the clinic’s staff is refused, and nothing is recorded', async () => {
    const clinic = await anApprovedClinic()
    const submitted = await aSubmittedOffer(rt, clinic.id)
    const insider = await aReviewer(rt, 'insider')
    await rt.database.db.insert(providerStaff).values({ userId: insider.id, providerId: clinic.id })
    const { deps } = aWorld(rt)
    expect(await decideReviewItem(deps, insider, { subject: 'offer', id: submitted.id }, approve())).toEqual({
      ok: false,
      error: { code: 'review.own-clinic' },
    })
    expect(await reviewStatusOf(submitted.id)).toBe('pending')
    expect(
      await rt.database.db.select().from(reviewDecision).where(eq(reviewDecision.subjectId, submitted.id)),
    ).toEqual([])
  })

  test('an offer of a clinic not yet approved is refused; a blocked offer is refused', async () => {
    const pendingClinic = await aSubmittedClinic(rt)
    const early = await aSubmittedOffer(rt, pendingClinic.id)
    const clinic = await anApprovedClinic()
    const blocked = await aSubmittedOffer(rt, clinic.id, { verdict: 'blocked' })
    const { deps } = aWorld(rt)
    const reviewer = await aReviewer(rt)
    expect(await decideReviewItem(deps, reviewer, { subject: 'offer', id: early.id }, approve())).toEqual({
      ok: false,
      error: { code: 'review.clinic-not-approved' },
    })
    expect(await decideReviewItem(deps, reviewer, { subject: 'offer', id: blocked.id }, approve())).toEqual({
      ok: false,
      error: { code: 'review.policy-blocked', verdict: 'blocked' },
    })
  })

  test('a rejection with a reason reaches the clinic by email in its language', async () => {
    const clinic = await anApprovedClinic('fr')
    const submitted = await aSubmittedOffer(rt, clinic.id)
    const { deps, emails } = aWorld(rt)
    const decided = await decideReviewItem(
      deps,
      await aReviewer(rt),
      { subject: 'offer', id: submitted.id },
      approve({
        decision: 'reject',
        reasonCode: 'missing-information',
        note: 'Ajoutez le protocole complet.',
      }),
    )
    expect(decided.ok && decided.value.status).toBe('rejected')
    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatchObject({ to: clinic.member.email, locale: 'fr' })
    const { text, subject } = renderEmail(emails[0]!)
    expect(subject).toContain('Refusé')
    expect(text).toContain('Il manque des informations')
    expect(text).toContain('Ajoutez le protocole complet.')
    expect(await publicOfferIds(clinic.slug)).toEqual([])
  })

  test('a decision on a page that missed another reviewer’s is stale', async () => {
    const clinic = await anApprovedClinic()
    const submitted = await aSubmittedOffer(rt, clinic.id, { treatmentClass: 'cell-based-intervention' })
    const { deps } = aWorld(rt)
    const target = { subject: 'offer', id: submitted.id } as const
    await decideReviewItem(deps, await aReviewer(rt), target, approve())
    expect(await decideReviewItem(deps, await aReviewer(rt), target, approve({ seenDecisions: 0 }))).toEqual({
      ok: false,
      error: { code: 'review.stale' },
    })
  })

  test('approving an accreditation records how it was verified and shows it on the profile', async () => {
    const clinic = await anApprovedClinic()
    const submitted = await aSubmittedCredential(rt, clinic.id)
    const listed = await aSubmittedOffer(rt, clinic.id)
    const reviewer = await aReviewer(rt)
    const { deps } = aWorld(rt)
    expect(
      await decideReviewItem(deps, reviewer, { subject: 'credential', id: submitted.id }, approve()),
    ).toEqual({ ok: false, error: { code: 'review.method-required', field: 'verificationMethod' } })
    const decided = await decideReviewItem(
      deps,
      reviewer,
      { subject: 'credential', id: submitted.id },
      approve({ verificationMethod: 'registry-checked', evidence: 'https://jci.example/find?id=1' }),
    )
    expect(decided.ok && decided.value.status).toBe('approved')
    const [row] = await rt.database.db.select().from(credential).where(eq(credential.id, submitted.id))
    expect(row).toMatchObject({
      reviewStatus: 'approved',
      verificationMethod: 'registry-checked',
      verifiedByUserId: reviewer.id,
      verifiedAt: new Date('2026-12-02T09:00:00Z'),
    })
    const [accredited] = await rt.database.db
      .select()
      .from(accreditation)
      .where(eq(accreditation.id, submitted.id))
    expect(accredited).toMatchObject({ verification: 'verified', verificationMethod: 'registry-checked' })
    await decideReviewItem(deps, reviewer, { subject: 'offer', id: listed.id }, approve())
    const profile = await getProviderProfile(rt, clinic.slug)
    expect(profile!.accreditations.map((a) => a.id)).toEqual([submitted.id])
    // The history keeps the method and the reviewer's words apart.
    const page = await openReviewItem(deps, reviewer, 'credential', submitted.id, null)
    expect(page!.history).toMatchObject([
      { decision: 'approve', method: 'registry-checked', text: 'https://jci.example/find?id=1' },
    ])
    // The reviewer's reading of the item is audited, with the clinic it belongs to.
    const reads = await rt.database.db
      .select({ details: auditEvent.details })
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.action, 'review-item.read'),
          eq(auditEvent.subjectId, submitted.id),
          eq(auditEvent.actorUserId, reviewer.id),
        ),
      )
    expect(reads).toEqual([{ details: { providerId: clinic.id } }])
    expect(page!.documents[0]).toMatchObject({ id: submitted.documentId, own: true })
  })

  test('a reviewer reads a clinic’s document decrypted, and the read is audited first', async () => {
    const clinic = await aSubmittedClinic(rt)
    const submitted = await aSubmittedCredential(rt, clinic.id)
    const reviewer = await aReviewer(rt)
    const opened = await openClinicDocument(aWorld(rt).deps, reviewer, submitted.documentId, 'req-1')
    const chunks: Buffer[] = []
    for await (const chunk of opened!.stream) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).equals(submitted.bytes)).toBe(true)
    const audits = await rt.database.db
      .select({ action: auditEvent.action, details: auditEvent.details })
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, submitted.documentId), eq(auditEvent.actorUserId, reviewer.id)))
    expect(audits).toEqual([
      { action: 'provider-document.read', details: { providerId: clinic.id, as: 'reviewer' } },
    ])
    expect(await openClinicDocument(aWorld(rt).deps, reviewer, 'no-such-document', null)).toBeNull()
  })

  test('the queues hold new items by kind, and an approved item sent back for review under changes', async () => {
    const newClinic = await aSubmittedClinic(rt)
    const clinic = await anApprovedClinic()
    const credentialItem = await aSubmittedCredential(rt, clinic.id)
    const offerItem = await aSubmittedOffer(rt, clinic.id)
    const { deps } = aWorld(rt)
    const ids = async () => {
      const { items } = await reviewQueuesNow(deps)
      return Object.fromEntries(Object.entries(items).map(([q, list]) => [q, list.map((i) => i.id)]))
    }
    const before = await ids()
    expect(before['clinics']).toContain(newClinic.id)
    expect(before['credentials']).toContain(credentialItem.id)
    expect(before['offers']).toContain(offerItem.id)
    await decideReviewItem(deps, await aReviewer(rt), { subject: 'offer', id: offerItem.id }, approve())
    // The clinic edits the offer: it is pending again, as a change.
    await rt.database.db
      .update(offer)
      .set({ reviewStatus: 'pending', submittedAt: new Date('2026-12-03T09:00:00Z') })
      .where(eq(offer.id, offerItem.id))
    const after = await ids()
    expect(after['offers']).not.toContain(offerItem.id)
    expect(after['changes']).toContain(offerItem.id)
  })
})
