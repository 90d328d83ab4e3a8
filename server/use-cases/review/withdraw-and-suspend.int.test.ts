import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { OfferInput } from '#domain/review/offer-form.ts'
import type { ProviderId } from '#domain/shared/ids.ts'
import { aClinicMember, aClock, aPatient, depsOf, uploadRequest } from '#tests/fixtures/builders.ts'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { aReviewer, type Reviewer } from '#tests/fixtures/review-builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, provider } from '../../db/schema/app.ts'
import { offer } from '../../db/schema/catalogue.ts'
import { credential, providerDocument } from '../../db/schema/review.ts'
import { listingReport } from '../../db/schema/reports.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { getProviderProfile } from '../catalogue/public-catalogue.ts'
import { applyForClinic } from './apply-for-clinic.ts'
import { runCredentialExpiry } from './credential-expiry.ts'
import { decideReviewItem } from './decide-review-item.ts'
import { closeListingReport, fileListingReport, takeListingReport } from './listing-reports.ts'
import { submitCredential } from './submit-credential.ts'
import { submitOffer } from './submit-offer.ts'
import { withdrawCredential, withdrawOffer } from './withdraw-submission.ts'
import { listingsForClinicStaff } from '../staff/clinic-listings.ts'

// The loose ends of trust and safety (issue 16, ADR 0070), on the real
// database: a clinic withdraws an offer and a credential; an approved
// ethics-committee credential is the profile's verified committee until it
// is withdrawn or lapses; closing a report can suspend an offer or a clinic.
// Each test builds its own clinic through the same use cases a clinic and a
// reviewer use, so nothing here depends on the demo rows staying as seeded.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
let notices = 0
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  rt.listingChanges.subscribe(() => void notices++)
})
afterAll(async () => {
  await rt?.cleanup()
})

const NOW = new Date('2026-12-02T09:00:00Z')
const deps = (now = NOW) => depsOf(rt, { clock: aClock(now) })
const CTRI = 'CTRI/2025/03/012345'
const dates = {
  'validFrom-day': '1',
  'validFrom-month': '4',
  'validFrom-year': '2025',
  'validTo-day': '31',
  'validTo-month': '3',
  'validTo-year': '2029',
}
const ETHICS = 'ECR/1702/INST/KA/2025'
const credentialForms: Record<string, string>[] = [
  { credentialKind: 'ethics-committee', issuer: 'CDSCO', reference: ETHICS, ...dates },
  { credentialKind: 'icscr', issuer: 'NAC-SCRT', reference: 'IC-SCR/KA/2024/019', ...dates },
  { credentialKind: 'trial-registration', reference: CTRI, ...dates },
  {
    credentialKind: 'accreditation',
    accreditor: 'JCI',
    reference: 'JCI-IN-2025-031',
    scope: 'Hospital',
    ...dates,
  },
]
const trialOffer: OfferInput = {
  title: 'Taking part in a registered MSC-NTF trial for ALS',
  treatment: 'msc-ntf',
  condition: 'als',
  pathway: 'registered-trial',
  protocol: 'Randomised, placebo-controlled phase 2 trial; three intrathecal doses eight weeks apart.',
  sessions: '3',
  lengthOfStayDays: '',
  priceMin: '',
  priceMax: '',
  currency: '',
  inclusions: 'Trial visits\nFollow-up for 48 weeks',
  exclusions: 'Travel',
  claimsText: 'This is research, not treatment: we do not know whether the cells help.',
  trialRegistryId: CTRI,
  chargesForInvestigationalProduct: 'no',
}
const approve = (verificationMethod: 'registry-checked' | null = null, seenDecisions = 0) => ({
  decision: 'approve' as const,
  reasonCode: null,
  note: '',
  evidence: '',
  verificationMethod,
  seenDecisions,
})

type Listed = {
  providerId: ProviderId
  slug: string
  admin: Awaited<ReturnType<typeof aPatient>>
  offerId: string
  credentialIds: Record<string, string>
  reviewers: [Reviewer, Reviewer]
}

/** A clinic applied, proved its credentials and listed a trial offer, approved by two reviewers: public. */
async function aListedClinic(label: string): Promise<Listed> {
  const admin = await aPatient(rt, `${label}-admin`)
  const applied = await applyForClinic(deps(), admin.id, {
    name: `Withdrawal Test Institute ${randomUUID().slice(0, 6)}`,
    kind: 'hospital',
    country: 'IN',
    city: 'Bengaluru',
    address: '4 Lake Road, Bengaluru 560001',
    registrationNumber: 'KA/BBMP/2018/0311',
    contactEmail: 'desk@withdrawal.example',
    contactPhone: '+91 80 5555 0199',
    languages: ['en'],
    internationalDesk: 'yes',
    timeZone: 'Asia/Kolkata',
  })
  if (!applied.ok) throw new Error(JSON.stringify(applied.error))
  const providerId = applied.value.providerId
  const reviewers: [Reviewer, Reviewer] = [
    await aReviewer(rt, `${label}-r1`),
    await aReviewer(rt, `${label}-r2`),
  ]
  expect(
    (await decideReviewItem(deps(), reviewers[0], { subject: 'provider', id: providerId }, approve())).ok,
  ).toBe(true)
  const credentialIds: Record<string, string> = {}
  for (const fields of credentialForms) {
    const added = await submitCredential(
      deps(),
      admin.id,
      providerId,
      uploadRequest([{ name: 'proof.pdf', bytes: tinyPdf(fields.reference!) }], fields),
    )
    if (!added.ok) throw new Error(JSON.stringify(added.error))
    credentialIds[fields.credentialKind!] = added.value.credentialId
    const decided = await decideReviewItem(
      deps(),
      reviewers[0],
      { subject: 'credential', id: added.value.credentialId },
      approve('registry-checked'),
    )
    expect(decided.ok, JSON.stringify(decided)).toBe(true)
  }
  const submitted = await submitOffer(deps(), admin.id, providerId, trialOffer, 'en')
  if (!submitted.ok) throw new Error(JSON.stringify(submitted.error))
  const offerId = submitted.value.offerId
  for (const [i, r] of reviewers.entries()) {
    const decided = await decideReviewItem(deps(), r, { subject: 'offer', id: offerId }, approve(null, i))
    expect(decided.ok, JSON.stringify(decided)).toBe(true)
  }
  const [row] = await rt.database.db.select().from(provider).where(eq(provider.id, providerId))
  return { providerId, slug: row!.slug, admin, offerId, credentialIds, reviewers }
}

const offerRow = async (id: string) => (await rt.database.db.select().from(offer).where(eq(offer.id, id)))[0]!
const providerRow = async (id: string) =>
  (await rt.database.db.select().from(provider).where(eq(provider.id, id)))[0]!
const publicOfferIds = async (slug: string) =>
  (await getProviderProfile(rt, slug, NOW))?.offers.map((o) => o.id) ?? []
const auditsOf = (subjectId: string, action: string) =>
  rt.database.db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.subjectId, subjectId), eq(auditEvent.action, action)))

describe(`a clinic withdraws, on ${engineUnderTest}`, () => {
  test('a withdrawn offer leaves public pages at once, audited; only sending it again brings it back, pending', async () => {
    const c = await aListedClinic('withdraw-offer')
    expect(await publicOfferIds(c.slug)).toContain(c.offerId)
    const before = notices

    // A member who is not an administrator cannot; the administrator can, once.
    const desk = await aClinicMember(rt, c.providerId, 'withdraw-desk')
    expect(await withdrawOffer(deps(), desk.id, c.providerId, c.offerId)).toEqual({
      ok: false,
      error: { code: 'onboarding.not-allowed' },
    })
    expect((await withdrawOffer(deps(), c.admin.id, c.providerId, c.offerId)).ok).toBe(true)
    expect(await withdrawOffer(deps(), c.admin.id, c.providerId, c.offerId)).toEqual({
      ok: false,
      error: { code: 'withdrawal.already-withdrawn' },
    })
    expect((await offerRow(c.offerId)).reviewStatus).toBe('withdrawn')
    expect(await getProviderProfile(rt, c.slug, NOW)).toBeNull()
    // The clinic's own dashboard no longer lists it among its listings.
    expect((await listingsForClinicStaff(rt, c.admin.id)).map((l) => l.id)).not.toContain(c.offerId)
    // Every instance was told to drop its cached pages.
    await expect.poll(() => notices).toBeGreaterThan(before)
    const audits = await auditsOf(c.offerId, 'offer.withdrawn')
    expect(audits).toHaveLength(1)
    expect(audits[0]!.details).toMatchObject({ providerId: c.providerId, reviewStatusBefore: 'approved' })

    // Another clinic's administrator cannot reach it.
    const other = await aListedClinic('withdraw-other')
    expect(await withdrawOffer(deps(), other.admin.id, other.providerId, c.offerId)).toEqual({
      ok: false,
      error: { code: 'offer.not-found' },
    })

    // Sending it again: pending review, still not public.
    const again = await submitOffer(
      deps(),
      c.admin.id,
      c.providerId,
      { ...trialOffer, offer: c.offerId },
      'en',
    )
    expect(again.ok).toBe(true)
    expect((await offerRow(c.offerId)).reviewStatus).toBe('pending')
    // The clinic's own list says it waits on a reviewer, whatever the policy's verdict.
    expect((await listingsForClinicStaff(rt, c.admin.id)).find((l) => l.id === c.offerId)).toMatchObject({
      reviewStatus: 'pending',
    })
    expect(await publicOfferIds(c.slug)).not.toContain(c.offerId)
  })

  test('a withdrawn ethics credential stops counting: the trial offer is judged again and the profile loses the committee', async () => {
    const c = await aListedClinic('withdraw-credential')
    // Approved, it filled the ethics fields with when and how it was verified.
    const filled = await providerRow(c.providerId)
    expect(filled.ethicsCommittee).toMatchObject({
      reference: ETHICS,
      registeredWith: 'CDSCO',
      verification: 'verified',
      credentialId: c.credentialIds['ethics-committee'],
      verificationMethod: 'registry-checked',
      verifiedAt: NOW.toISOString(),
    })
    expect(filled.icscr).toMatchObject({ reference: 'IC-SCR/KA/2024/019', verification: 'verified' })
    const profile = await getProviderProfile(rt, c.slug, NOW)
    expect(profile?.provider.ethicsCommittee?.reference).toBe(ETHICS)

    const ethicsId = c.credentialIds['ethics-committee']!
    expect((await withdrawCredential(deps(), c.admin.id, c.providerId, ethicsId)).ok).toBe(true)
    const [row] = await rt.database.db.select().from(credential).where(eq(credential.id, ethicsId))
    expect(row!.reviewStatus).toBe('withdrawn')
    // The document stays, for the audit trail.
    const [doc] = await rt.database.db
      .select()
      .from(providerDocument)
      .where(eq(providerDocument.id, row!.documentId!))
    expect(doc?.status).toBe('available')
    expect((await providerRow(c.providerId)).ethicsCommittee).toBeNull()
    // The trial offer leaned on it: no longer listable, back with the reviewers, off public pages.
    const judged = await offerRow(c.offerId)
    expect(['listable', 'listable-with-warnings']).not.toContain(judged.verdict)
    expect(judged.reviewStatus).toBe('pending')
    expect(await getProviderProfile(rt, c.slug, NOW)).toBeNull()
    expect(await auditsOf(ethicsId, 'credential.withdrawn')).toHaveLength(1)
  })

  test('a withdrawn accreditation leaves the public accreditations', async () => {
    const c = await aListedClinic('withdraw-accreditation')
    const id = c.credentialIds['accreditation']!
    expect((await getProviderProfile(rt, c.slug, NOW))?.accreditations.map((a) => a.id)).toContain(id)
    expect((await withdrawCredential(deps(), c.admin.id, c.providerId, id)).ok).toBe(true)
    expect((await getProviderProfile(rt, c.slug, NOW))?.accreditations.map((a) => a.id) ?? []).not.toContain(
      id,
    )
  })

  test('an ethics credential that lapses clears the committee with no one touching it', async () => {
    const c = await aListedClinic('lapse-ethics')
    expect((await providerRow(c.providerId)).ethicsCommittee).not.toBeNull()
    // The day after the last valid day (31 March 2029), where the clinic is.
    await runCredentialExpiry(deps(new Date('2029-04-01T12:00:00Z')), [c.providerId])
    const after = await providerRow(c.providerId)
    expect(after.ethicsCommittee).toBeNull()
    expect(after.icscr).toBeNull()
  })
})

describe(`closing a report can change the listing, on ${engineUnderTest}`, () => {
  const reporter = () => ({
    userId: null,
    accountEmail: null,
    locale: 'en' as const,
    address: `2001:db8:${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}::1`,
  })
  const report = async (c: Listed, offerId: string) => {
    const filed = await fileListingReport(deps(), reporter(), c.slug, {
      reason: 'misleading-claims',
      details: 'The offer says the injections reverse ALS within three weeks.',
      evidenceUrl: '',
      email: '',
      offer: offerId,
    })
    if (!filed.ok) throw new Error(JSON.stringify(filed.error))
    const rows = await rt.database.db
      .select()
      .from(listingReport)
      .where(eq(listingReport.providerId, c.providerId))
    return rows.find((r) => r.createdAt.getTime() === NOW.getTime() && r.offerId === (offerId || null))!.id
  }

  test('"offer suspended" puts the reported offer back to pending review, off public pages, audited', async () => {
    const c = await aListedClinic('suspend-offer')
    const reportId = await report(c, c.offerId)
    expect(reportId).toBeDefined()
    const [reviewer] = c.reviewers
    expect((await takeListingReport(deps(), reviewer.id, reportId)).ok).toBe(true)
    const before = notices
    const closed = await closeListingReport(deps(), reviewer.id, reportId, {
      outcome: 'offer-suspended',
      note: '',
    })
    expect(closed.ok, JSON.stringify(closed)).toBe(true)
    expect((await offerRow(c.offerId)).reviewStatus).toBe('pending')
    expect(await getProviderProfile(rt, c.slug, NOW)).toBeNull()
    await expect.poll(() => notices).toBeGreaterThan(before)
    expect((await auditsOf(c.offerId, 'offer.suspended'))[0]?.details).toMatchObject({
      reportId,
      reviewStatusBefore: 'approved',
    })
  })

  test('"clinic suspended" takes every offer off public pages and puts the clinic back in the queue', async () => {
    const c = await aListedClinic('suspend-clinic')
    const reportId = await report(c, '')
    const [reviewer] = c.reviewers
    expect((await takeListingReport(deps(), reviewer.id, reportId)).ok).toBe(true)
    // Without an offer named, "offer suspended" is refused and nothing changes.
    expect(
      await closeListingReport(deps(), reviewer.id, reportId, { outcome: 'offer-suspended', note: '' }),
    ).toEqual({ ok: false, error: [{ code: 'report.no-offer-named', field: 'outcome' }] })
    expect(await publicOfferIds(c.slug)).toContain(c.offerId)

    const closed = await closeListingReport(deps(), reviewer.id, reportId, {
      outcome: 'clinic-suspended',
      note: '',
    })
    expect(closed.ok, JSON.stringify(closed)).toBe(true)
    expect((await providerRow(c.providerId)).reviewStatus).toBe('pending')
    expect(await getProviderProfile(rt, c.slug, NOW)).toBeNull()
    expect(await auditsOf(c.providerId, 'provider.suspended')).toHaveLength(1)
  })

  test('"no change needed" leaves the listing as it is', async () => {
    const c = await aListedClinic('suspend-none')
    const reportId = await report(c, c.offerId)
    const [reviewer] = c.reviewers
    await takeListingReport(deps(), reviewer.id, reportId)
    expect(
      (await closeListingReport(deps(), reviewer.id, reportId, { outcome: 'no-change-needed', note: '' })).ok,
    ).toBe(true)
    expect(await publicOfferIds(c.slug)).toContain(c.offerId)
  })
})
