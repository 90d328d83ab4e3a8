import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { OfferInput } from '#domain/review/offer-form.ts'
import { translator } from '#domain/i18n/translate.ts'
import { aClock, aPatient, depsOf, uploadRequest } from '#tests/fixtures/builders.ts'
import { tinyPdf } from '#tests/fixtures/documents.ts'
import { aReviewer } from '#tests/fixtures/review-builders.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { provider } from '../../db/schema/app.ts'
import { offer } from '../../db/schema/catalogue.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { getProviderProfile } from '../catalogue/public-catalogue.ts'
import { applyForClinic } from './apply-for-clinic.ts'
import { decideReviewItem } from './decide-review-item.ts'
import { openReviewItem } from './review-item.ts'
import { submitCredential } from './submit-credential.ts'
import { submitOffer } from './submit-offer.ts'

// Issue 16, must-show 1, as the server sees it: a clinic applies with a JCI
// certificate and a registered-trial offer; nothing is public until reviewers
// approve the clinic, its credentials (which prove the trial's permissions,
// ADR 0052) and, two of them, the cell-based offer; then the offer is public
// with the imported trial's status; the same clinic's paid stem cell
// "therapy" stays blocked, with reasons in every language.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

const deps = () => depsOf(rt, { clock: aClock(new Date('2026-12-02T09:00:00Z')) })
const CTRI = 'CTRI/2025/03/012345'

const dates = {
  'validFrom-day': '1',
  'validFrom-month': '4',
  'validFrom-year': '2025',
  'validTo-day': '31',
  'validTo-month': '3',
  'validTo-year': '2029',
}
const credentials: Record<string, string>[] = [
  {
    credentialKind: 'accreditation',
    accreditor: 'JCI',
    reference: 'JCI-IN-2025-031',
    scope: 'Hospital',
    ...dates,
  },
  { credentialKind: 'ethics-committee', issuer: 'CDSCO', reference: 'ECR/1702/INST/KA/2025', ...dates },
  { credentialKind: 'icscr', issuer: 'NAC-SCRT', reference: 'IC-SCR/KA/2024/019', ...dates },
  { credentialKind: 'trial-registration', reference: CTRI.toLowerCase(), ...dates },
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

const approve = (verificationMethod: 'document-checked' | 'registry-checked' | null = null) => ({
  decision: 'approve' as const,
  reasonCode: null,
  note: '',
  evidence: '',
  verificationMethod,
  seenDecisions: 0,
})

const verdictOf = async (id: string) =>
  (await rt.database.db.select().from(offer).where(eq(offer.id, id)))[0]!

describe(`a clinic from application to a public trial offer, on ${engineUnderTest}`, () => {
  test('nothing is public before reviewers approve; credentials prove the trial; two reviewers list it', async () => {
    const applicant = await aPatient(rt, 'journey-applicant')
    const applied = await applyForClinic(deps(), applicant.id, {
      name: `Nandi Hills Neuro Institute ${randomUUID().slice(0, 6)}`,
      kind: 'hospital',
      country: 'IN',
      city: 'Bengaluru',
      address: '4 Lake Road, Bengaluru 560001',
      registrationNumber: 'KA/BBMP/2018/0311',
      contactEmail: 'desk@nandi.example',
      contactPhone: '+91 80 5555 0199',
      languages: ['en', 'hi'],
      internationalDesk: 'yes',
      timeZone: 'Asia/Kolkata',
    })
    if (!applied.ok) throw new Error(JSON.stringify(applied.error))
    const providerId = applied.value.providerId
    const ids: string[] = []
    for (const fields of credentials) {
      const added = await submitCredential(
        deps(),
        applicant.id,
        providerId,
        uploadRequest([{ name: 'certificate.pdf', bytes: tinyPdf(fields.reference!) }], fields),
      )
      if (!added.ok) throw new Error(JSON.stringify(added.error))
      ids.push(added.value.credentialId)
    }
    const submitted = await submitOffer(deps(), applicant.id, providerId, trialOffer, 'en')
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.error))
    const offerId = submitted.value.offerId
    // The permissions are claimed, not yet checked: the policy waits for documents.
    expect(submitted.value.verdict.verdict).toBe('needs-documents')
    const [clinic] = await rt.database.db.select().from(provider).where(eq(provider.id, providerId))
    const slug = clinic!.slug
    expect(await getProviderProfile(rt, slug)).toBeNull()

    const first = await aReviewer(rt, 'journey-first')
    const second = await aReviewer(rt, 'journey-second')
    const clinicApproved = await decideReviewItem(
      deps(),
      first,
      { subject: 'provider', id: providerId },
      approve(),
    )
    expect(clinicApproved.ok).toBe(true)
    for (const id of ids) {
      const decided = await decideReviewItem(
        deps(),
        first,
        { subject: 'credential', id },
        approve('registry-checked'),
      )
      expect(decided.ok, JSON.stringify(decided)).toBe(true)
    }
    // Approved credentials are the trial's evidence: the offer is judged again, still waiting for reviewers.
    const judged = await verdictOf(offerId)
    expect(['listable', 'listable-with-warnings']).toContain(judged.verdict)
    expect(judged.reviewStatus).toBe('pending')
    // The clinic is approved, its offer not yet: still no public page.
    expect(await getProviderProfile(rt, slug)).toBeNull()

    // The reviewer sees the claimed trial as the registry records it, and where it does not back the offer up.
    const item = await openReviewItem(deps(), first, 'offer', offerId, null)
    expect(item?.registryTrial?.record?.status).toBe('recruiting')
    expect(item?.registryTrial?.flags.map((f) => f.code)).toContain('trial.provider-not-a-site')

    // A cell-based offer needs two reviewers; the first alone changes nothing public.
    expect((await decideReviewItem(deps(), first, { subject: 'offer', id: offerId }, approve())).ok).toBe(
      true,
    )
    expect((await verdictOf(offerId)).reviewStatus).toBe('pending')
    const again = await decideReviewItem(
      deps(),
      first,
      { subject: 'offer', id: offerId },
      {
        ...approve(),
        seenDecisions: 1,
      },
    )
    expect(again).toMatchObject({ ok: false, error: { code: 'review.already-approved' } })
    const secondApproval = await decideReviewItem(
      deps(),
      second,
      { subject: 'offer', id: offerId },
      {
        ...approve(),
        seenDecisions: 1,
      },
    )
    expect(secondApproval.ok, JSON.stringify(secondApproval)).toBe(true)

    expect(await verdictOf(offerId)).toMatchObject({ reviewStatus: 'approved' })
    const profile = await getProviderProfile(rt, slug)
    const listed = profile!.offers.find((o) => o.id === offerId)!
    expect(listed).toBeDefined()
    // The imported CTRI record for this id (the demo seed imports it) is shown with its status.
    expect(listed.registryTrial?.record).toMatchObject({ registry: 'CTRI', status: 'recruiting' })
  })

  test('the same clinic’s paid stem cell “therapy” for ALS is blocked, with reasons in en, fr and ar', async () => {
    const applicant = await aPatient(rt, 'journey-paid')
    const applied = await applyForClinic(deps(), applicant.id, {
      name: `Nandi Hills Regenerative ${randomUUID().slice(0, 6)}`,
      kind: 'clinic',
      country: 'IN',
      city: 'Bengaluru',
      address: '9 Lake Road, Bengaluru 560001',
      registrationNumber: 'KA/BBMP/2018/0312',
      contactEmail: 'desk@regen.example',
      contactPhone: '+91 80 5555 0198',
      languages: ['en'],
      internationalDesk: 'yes',
      timeZone: 'Asia/Kolkata',
    })
    if (!applied.ok) throw new Error(JSON.stringify(applied.error))
    const paid = await submitOffer(
      deps(),
      applicant.id,
      applied.value.providerId,
      {
        ...trialOffer,
        title: 'Stem cell therapy for ALS',
        treatment: 'bm-mnc',
        pathway: 'standard-care',
        trialRegistryId: '',
        priceMin: '6000',
        priceMax: '9000',
        currency: 'USD',
        claimsText: 'Patients regain strength within weeks.',
        chargesForInvestigationalProduct: 'yes',
      },
      'en',
    )
    if (!paid.ok) throw new Error(JSON.stringify(paid.error))
    expect(paid.value.verdict.verdict).toBe('blocked')
    const codes = paid.value.verdict.reasons.map((r) => r.code)
    expect(codes).toContain('rule.paid-cell-therapy')
    for (const locale of ['en', 'fr', 'ar'] as const) {
      const t = translator(locale)
      for (const code of codes) expect(t(`listing.reason.${code}` as never, { country: 'IN' })).not.toBe('')
    }
  })
})
