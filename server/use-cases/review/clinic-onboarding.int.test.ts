import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ApplicationInput } from '#domain/review/clinic-application.ts'
import type { OfferInput } from '#domain/review/offer-form.ts'
import type { ProviderId } from '#domain/shared/ids.ts'
import {
  aCase,
  aClinicMember,
  aClock,
  aCoordinator,
  aPatient,
  depsOf,
  uploadRequest,
} from '#tests/fixtures/builders.ts'
import { tinyPdf, zipArchive } from '#tests/fixtures/documents.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { auditEvent, provider, providerStaff } from '../../db/schema/app.ts'
import { user } from '../../db/schema/auth.ts'
import { offer } from '../../db/schema/catalogue.ts'
import { credential, providerDocument, reviewDecision } from '../../db/schema/review.ts'
import { openDocument } from '../../documents/ingest.ts'
import { sweepOrphanDocuments } from '../../documents/cleanup.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { offersToChooseFrom } from '../../stores/offer-choice-store.ts'
import { providerSearchPage } from '../catalogue/provider-search.ts'
import { getOffersForComparison, getProviderProfile, sitemapEntries } from '../catalogue/public-catalogue.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import { forgetSearchVocabulary } from '../catalogue/search-vocabulary.ts'
import { applyForClinic, mayApplyForClinic } from './apply-for-clinic.ts'
import { clinicOnboarding } from './clinic-onboarding.ts'
import { submitCredential } from './submit-credential.ts'
import { submitOffer } from './submit-offer.ts'

// Clinic onboarding, the clinic's side (issue 16, ADR 0053): a clinic applies,
// proves credentials with documents and submits offers; the policy judges each
// offer at once; nothing is public until a reviewer approves it (ADR 0052).
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  forgetSearchVocabulary()
})
afterAll(async () => {
  await rt?.cleanup()
})

const deps = () => depsOf(rt, { clock: aClock(new Date('2026-12-02T09:00:00Z')) })

/** A name no other run's clinic has: the server's database keeps them. */
const application = (overrides: Partial<ApplicationInput> = {}): ApplicationInput => ({
  name: `Sahyadri Neuro Centre ${randomUUID().slice(0, 6)}`,
  kind: 'hospital',
  country: 'IN',
  city: 'Pune',
  address: '12 Karve Road, Pune 411004',
  registrationNumber: 'MH/PMC/2019/0042',
  contactEmail: 'desk@sahyadri.example',
  contactPhone: '+91 20 5555 0100',
  languages: ['en', 'hi', 'ta'],
  internationalDesk: 'yes',
  timeZone: 'Asia/Kolkata',
  ...overrides,
})

async function anAppliedClinic() {
  const applicant = await aPatient(rt, 'applicant')
  const applied = await applyForClinic(deps(), applicant.id, application())
  if (!applied.ok) throw new Error(JSON.stringify(applied.error))
  return { applicant, providerId: applied.value.providerId }
}

const jci = {
  credentialKind: 'accreditation',
  accreditor: 'JCI',
  reference: 'JCI-IN-2024-117',
  scope: 'Hospital programme',
  'validFrom-day': '1',
  'validFrom-month': '4',
  'validFrom-year': '2025',
  'validTo-day': '31',
  'validTo-month': '3',
  'validTo-year': '2028',
}

const careOffer: OfferInput = {
  title: 'Multidisciplinary ALS assessment',
  treatment: 'mdt-care',
  condition: 'als',
  pathway: 'standard-care',
  protocol: 'Five days of assessment by neurology, respiratory, nutrition and speech teams.',
  sessions: '',
  lengthOfStayDays: '5',
  priceMin: '1200',
  priceMax: '1800',
  currency: 'USD',
  inclusions: 'Neurology consultation\nBreathing tests',
  exclusions: 'Flights',
  claimsText: 'A coordinated assessment and a written care plan. This care does not cure ALS.',
  trialRegistryId: '',
  chargesForInvestigationalProduct: 'no',
}

const rowOf = async (providerId: string) =>
  (await rt.database.db.select().from(provider).where(eq(provider.id, providerId)))[0]!
const roleOf = async (userId: string) =>
  (await rt.database.db.select({ role: user.role }).from(user).where(eq(user.id, userId)))[0]!.role
const auditOf = (action: string, subjectId: string) =>
  rt.database.db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.action, action), eq(auditEvent.subjectId, subjectId)))

describe(`applying for a clinic on ${engineUnderTest}`, () => {
  test('a patient account on no case applies: a pending clinic it administers, the account now clinic staff, audited', async () => {
    const applicant = await aPatient(rt, 'applicant')
    expect(await mayApplyForClinic(deps(), applicant.id)).toBe(true)
    const input = application()
    const applied = await applyForClinic(deps(), applicant.id, input)
    expect(applied).toMatchObject({ ok: true, value: { becomesStaff: true } })
    const providerId = applied.ok ? applied.value.providerId : ('' as ProviderId)
    const row = await rowOf(providerId)
    expect(row).toMatchObject({
      name: input.name,
      reviewStatus: 'pending',
      appliedByUserId: applicant.id,
      isDemo: false,
      countryCode: 'IN',
      timeZone: 'Asia/Kolkata',
      internationalDesk: true,
      languages: ['en', 'hi', 'ta'],
      registrationNumber: 'MH/PMC/2019/0042',
    })
    expect(row.appliedAt).toEqual(new Date('2026-12-02T09:00:00Z'))
    expect(row.slug).toMatch(/^sahyadri-neuro-centre-[0-9a-f]{6}-[0-9a-f]{8}$/)
    const [member] = await rt.database.db
      .select({ role: providerStaff.role })
      .from(providerStaff)
      .where(and(eq(providerStaff.providerId, providerId), eq(providerStaff.userId, applicant.id)))
    expect(member?.role).toBe('clinic-administrator')
    expect(await roleOf(applicant.id)).toBe('clinic-staff')
    const [audit] = await auditOf('clinic.applied', providerId)
    expect(audit).toMatchObject({ actorUserId: applicant.id, details: { becameStaff: true } })
    // Identifiers only: the clinic's words stay out of the audit trail.
    expect(JSON.stringify(audit)).not.toContain(input.name!)
  })

  test('two clinics of one name get two addresses', async () => {
    const name = `Same Name Clinic ${randomUUID().slice(0, 6)}`
    const a = await applyForClinic(deps(), (await aPatient(rt)).id, application({ name }))
    const b = await applyForClinic(deps(), (await aPatient(rt)).id, application({ name }))
    if (!a.ok || !b.ok) throw new Error('both should apply')
    expect((await rowOf(a.value.providerId)).slug).not.toBe((await rowOf(b.value.providerId)).slug)
  })

  test('clinic staff may apply for another clinic and stay staff', async () => {
    const staff = await aClinicMember(rt, 'demo-lotus-neuro', 'second-clinic')
    const applied = await applyForClinic(deps(), staff.id, application())
    expect(applied).toMatchObject({ ok: true, value: { becomesStaff: false } })
  })

  test('an account holding a family’s case, or another staff role, is refused and nothing is made', async () => {
    const family = await aPatient(rt, 'family')
    await aCase(rt, family)
    const coordinator = await aCoordinator(rt)
    for (const person of [family, coordinator]) {
      expect(await mayApplyForClinic(deps(), person.id)).toBe(false)
      const input = application()
      expect(await applyForClinic(deps(), person.id, input)).toEqual({
        ok: false,
        error: [{ code: 'onboarding.account-in-use' }],
      })
      expect(await rt.database.db.select().from(provider).where(eq(provider.name, input.name!))).toEqual([])
    }
    expect(await roleOf(family.id)).toBe('patient')
    expect(await roleOf(coordinator.id)).toBe('coordinator')
  })

  test('a wrong form is refused field by field and changes nothing', async () => {
    const applicant = await aPatient(rt, 'applicant')
    const refused = await applyForClinic(
      deps(),
      applicant.id,
      application({ contactEmail: 'nope', timeZone: 'Mars/Base' }),
    )
    expect(refused).toEqual({
      ok: false,
      error: [
        { code: 'onboarding.email-invalid', field: 'contactEmail' },
        { code: 'onboarding.time-zone-invalid', field: 'timeZone' },
      ],
    })
    expect(await roleOf(applicant.id)).toBe('patient')
  })
})

describe(`credentials on ${engineUnderTest}`, () => {
  test('a JCI accreditation with its PDF: pending, the document encrypted at rest and readable back, audited', async () => {
    const { applicant, providerId } = await anAppliedClinic()
    const pdf = tinyPdf('JCI certificate 2025-2028')
    const added = await submitCredential(
      deps(),
      applicant.id,
      providerId,
      uploadRequest([{ name: 'jci-certificate.pdf', bytes: pdf }], jci),
    )
    if (!added.ok) throw new Error(JSON.stringify(added.error))
    const [row] = await rt.database.db
      .select()
      .from(credential)
      .where(eq(credential.id, added.value.credentialId))
    expect(row).toMatchObject({
      providerId,
      kind: 'accreditation',
      issuer: 'JCI',
      reference: 'JCI-IN-2024-117',
      validFrom: '2025-04-01',
      validTo: '2028-03-31',
      reviewStatus: 'pending',
      submittedByUserId: applicant.id,
    })
    const [doc] = await rt.database.db
      .select()
      .from(providerDocument)
      .where(eq(providerDocument.id, row!.documentId!))
    expect(doc).toMatchObject({ status: 'available', contentType: 'application/pdf', sizeBytes: pdf.length })
    // What storage holds is not the PDF; opened with the document's key, it is.
    const raw: Buffer[] = []
    for await (const c of await rt.storage.get(doc!.storageKey)) raw.push(c as Buffer)
    const stored = Buffer.concat(raw)
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false)
    expect(stored.includes(Buffer.from('JCI certificate'))).toBe(false)
    const plain: Buffer[] = []
    for await (const c of await openDocument(
      { storage: rt.storage, masterKey: rt.masterKey },
      { storageKey: doc!.storageKey, wrappedKey: doc!.wrappedKey! },
    ))
      plain.push(c as Buffer)
    expect(Buffer.concat(plain).equals(pdf)).toBe(true)
    expect(await auditOf('credential.submitted', row!.id)).toHaveLength(1)
    // The sweeper for dead uploads leaves a clinic's documents alone.
    await sweepOrphanDocuments(
      { db: rt.database.db, storage: rt.storage },
      new Date(Date.now() + 7 * 86_400_000),
    )
    expect(await rt.storage.size(doc!.storageKey)).not.toBeNull()
  })

  test('the form is checked before a byte is stored; a wrong kind of file is refused and nothing is kept', async () => {
    const { applicant, providerId } = await anAppliedClinic()
    const docsBefore = (
      await rt.database.db.select().from(providerDocument).where(eq(providerDocument.providerId, providerId))
    ).length
    const badDates = await submitCredential(
      deps(),
      applicant.id,
      providerId,
      uploadRequest([{ name: 'jci.pdf', bytes: tinyPdf() }], {
        ...jci,
        'validTo-day': '31',
        'validTo-month': '2',
      }),
    )
    expect(badDates).toMatchObject({
      ok: false,
      error: {
        refusals: [{ code: 'credential.date-invalid', field: 'validTo-day' }],
        fields: { reference: 'JCI-IN-2024-117' },
      },
    })
    const archive = await submitCredential(
      deps(),
      applicant.id,
      providerId,
      uploadRequest(
        [{ name: 'jci.zip', bytes: zipArchive([{ name: 'a.txt', data: Buffer.from('hello') }]) }],
        jci,
      ),
    )
    expect(archive).toMatchObject({
      ok: false,
      error: { refusals: [{ code: 'credential.document-type', field: 'file' }] },
    })
    const noFile = await submitCredential(deps(), applicant.id, providerId, uploadRequest([], jci))
    expect(noFile).toMatchObject({
      ok: false,
      error: { refusals: [{ code: 'credential.document-missing' }] },
    })
    const docsAfter = await rt.database.db
      .select()
      .from(providerDocument)
      .where(eq(providerDocument.providerId, providerId))
    expect(docsAfter).toHaveLength(docsBefore)
    expect(
      await rt.database.db.select().from(credential).where(eq(credential.providerId, providerId)),
    ).toEqual([])
  })

  test('changing an approved credential puts it back to pending', async () => {
    const { applicant, providerId } = await anAppliedClinic()
    const added = await submitCredential(
      deps(),
      applicant.id,
      providerId,
      uploadRequest([{ name: 'c.pdf', bytes: tinyPdf() }], jci),
    )
    if (!added.ok) throw new Error('expected the credential')
    const id = added.value.credentialId
    const [before] = await rt.database.db.select().from(credential).where(eq(credential.id, id))
    const documentBefore = before!.documentId
    expect(documentBefore).not.toBeNull()
    await rt.database.db
      .update(credential)
      .set({ reviewStatus: 'approved', verificationMethod: 'document-checked' })
      .where(eq(credential.id, id))
    // As a browser sends a form whose file was left empty: a nameless, empty file part.
    const form = new FormData()
    for (const [k, v] of Object.entries({
      credential: id,
      ...jci,
      scope: 'Hospital and clinical care programmes',
    }))
      form.append(k, v)
    form.append('file', new Blob([]), '')
    const changed = await submitCredential(
      deps(),
      applicant.id,
      providerId,
      new Request('http://localhost/upload', { method: 'POST', body: form }),
    )
    if (!changed.ok) throw new Error(JSON.stringify(changed.error))
    expect(changed.ok).toBe(true)
    const [row] = await rt.database.db.select().from(credential).where(eq(credential.id, id))
    expect(row).toMatchObject({
      reviewStatus: 'pending',
      verificationMethod: null,
      scope: 'Hospital and clinical care programmes',
    })
    // The document it had is kept.
    expect(row!.documentId).toBe(documentBefore)
    expect(await auditOf('credential.changed', id)).toHaveLength(1)
  })

  test('only the clinic’s administrators submit; anyone else finds nothing', async () => {
    const { providerId } = await anAppliedClinic()
    const desk = await aClinicMember(rt, providerId, 'desk', 'international-desk')
    const outsider = await aClinicMember(rt, 'demo-lotus-neuro', 'outsider', 'clinic-administrator')
    const post = () => uploadRequest([{ name: 'c.pdf', bytes: tinyPdf() }], jci)
    expect(await submitCredential(deps(), desk.id, providerId, post())).toMatchObject({
      ok: false,
      error: { refusals: [{ code: 'onboarding.not-allowed' }] },
    })
    expect(await submitCredential(deps(), outsider.id, providerId, post())).toMatchObject({
      ok: false,
      error: { refusals: [{ code: 'onboarding.not-found' }] },
    })
    expect(await clinicOnboarding(deps(), outsider.id, providerId)).toBeNull()
    expect((await clinicOnboarding(deps(), desk.id, providerId))?.mayEdit).toBe(false)
  })
})

describe(`offers on ${engineUnderTest}`, () => {
  test('a submitted offer is judged at once and kept pending; the clinic reads the verdict and any decision', async () => {
    const { applicant, providerId } = await anAppliedClinic()
    const submitted = await submitOffer(deps(), applicant.id, providerId, careOffer, 'en')
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.error))
    const [row] = await rt.database.db.select().from(offer).where(eq(offer.id, submitted.value.offerId))
    expect(row).toMatchObject({
      reviewStatus: 'pending',
      submittedByUserId: applicant.id,
      verdict: submitted.value.verdict.verdict,
      priceMinMinor: 120000,
      priceMaxMinor: 180000,
      currency: 'USD',
    })
    expect(await auditOf('offer.submitted', row!.id)).toHaveLength(1)
    // A reviewer's request for changes reaches the clinic's page with its reason code and note.
    const reviewer = await aCoordinator(rt, 'reviewer')
    await rt.database.db.update(user).set({ role: 'reviewer' }).where(eq(user.id, reviewer.id))
    await rt.database.db.insert(reviewDecision).values({
      id: randomUUID(),
      subjectType: 'offer',
      subjectId: row!.id,
      providerId,
      decision: 'request-changes',
      reasonCode: 'missing-information',
      note: 'Say which medicines are included.',
      reviewerUserId: reviewer.id,
      decidedAt: new Date('2026-12-03T10:00:00Z'),
    })
    const page = await clinicOnboarding(deps(), applicant.id, providerId)
    expect(page?.clinic.reviewStatus).toBe('pending')
    expect(page?.offers.find((o) => o.id === row!.id)?.decision).toEqual({
      decision: 'request-changes',
      reasonCode: 'missing-information',
      note: 'Say which medicines are included.',
      decidedAt: new Date('2026-12-03T10:00:00Z'),
    })
  })

  test('a paid stem cell “therapy” for ALS in India is blocked, with the policy’s reasons', async () => {
    const { applicant, providerId } = await anAppliedClinic()
    const submitted = await submitOffer(
      deps(),
      applicant.id,
      providerId,
      {
        ...careOffer,
        title: 'Stem cell therapy for ALS',
        treatment: 'bm-mnc',
        protocol: 'Four intrathecal injections of your own bone marrow cells.',
        priceMin: '6000',
        priceMax: '9000',
        claimsText: 'Patients regain strength; 90% success rate.',
        chargesForInvestigationalProduct: 'yes',
      },
      'en',
    )
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.error))
    expect(submitted.value.verdict.verdict).toBe('blocked')
    expect(submitted.value.verdict.reasons.map((r) => r.code)).toContain('rule.paid-cell-therapy')
  })

  test('editing an approved offer puts it back to pending; another clinic’s offer cannot be edited', async () => {
    const { applicant, providerId } = await anAppliedClinic()
    const submitted = await submitOffer(deps(), applicant.id, providerId, careOffer, 'en')
    if (!submitted.ok) throw new Error('expected the offer')
    const id = submitted.value.offerId
    await rt.database.db.update(offer).set({ reviewStatus: 'approved' }).where(eq(offer.id, id))
    const edited = await submitOffer(
      deps(),
      applicant.id,
      providerId,
      { ...careOffer, offer: id, lengthOfStayDays: '6' },
      'en',
    )
    expect(edited.ok).toBe(true)
    const [row] = await rt.database.db.select().from(offer).where(eq(offer.id, id))
    expect(row).toMatchObject({ reviewStatus: 'pending', lengthOfStayDays: 6 })
    const other = await anAppliedClinic()
    expect(
      await submitOffer(deps(), other.applicant.id, other.providerId, { ...careOffer, offer: id }, 'en'),
    ).toEqual({
      ok: false,
      error: [{ code: 'offer.not-found' }],
    })
  })

  test('a wrong offer is refused on its fields', async () => {
    const { applicant, providerId } = await anAppliedClinic()
    expect(
      await submitOffer(
        deps(),
        applicant.id,
        providerId,
        { ...careOffer, pathway: 'registered-trial', trialRegistryId: 'TRIAL-1' },
        'en',
      ),
    ).toEqual({ ok: false, error: [{ code: 'offer.registry-id-invalid', field: 'trialRegistryId' }] })
  })
})

describe(`nothing a clinic submits is public on ${engineUnderTest}`, () => {
  test('a listable offer of a pending clinic is on no public page and in no patient’s choice, until a reviewer approves both', async () => {
    const { applicant, providerId } = await anAppliedClinic()
    const submitted = await submitOffer(deps(), applicant.id, providerId, careOffer, 'en')
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.error))
    expect(submitted.value.verdict.verdict).toBe('listable')
    const offerId = submitted.value.offerId
    const clinic = await rowOf(providerId)
    await publishListingChange(rt.database.db, [providerId])
    forgetSearchVocabulary()

    const whereIsIt = async () => {
      // Search's words are cached per process; read them afresh each time, as a new instance would.
      forgetSearchVocabulary()
      const search = await providerSearchPage(rt, new URLSearchParams({ q: clinic.name }))
      const profile = await getProviderProfile(rt, clinic.slug)
      const compared = await getOffersForComparison(rt, [offerId])
      const sitemap = await sitemapEntries(rt)
      const choices = await offersToChooseFrom(rt.database.db, { conditionSlug: 'als', countries: ['IN'] })
      return {
        search: search.hits.some((h) => h.name === clinic.name),
        profile: Boolean(profile?.offers.some((o) => o.id === offerId)),
        profilePage: profile !== null,
        compare: compared.some((o) => o.id === offerId),
        sitemap: sitemap.providers.some((p) => p.slug === clinic.slug),
        choices: choices.some((o) => o.id === offerId),
      }
    }
    const nowhere = {
      search: false,
      profile: false,
      profilePage: false,
      compare: false,
      sitemap: false,
      choices: false,
    }
    expect(await whereIsIt()).toEqual(nowhere)

    // Approving only the offer is not enough while the clinic is pending.
    await rt.database.db.update(offer).set({ reviewStatus: 'approved' }).where(eq(offer.id, offerId))
    await publishListingChange(rt.database.db, [providerId])
    expect(await whereIsIt()).toEqual(nowhere)

    // What a reviewer's two approvals do (the console is another change): the same reads now find it,
    // so the checks above can see an offer when there is one.
    await rt.database.db.update(provider).set({ reviewStatus: 'approved' }).where(eq(provider.id, providerId))
    await publishListingChange(rt.database.db, [providerId])
    expect(await whereIsIt()).toEqual({
      search: true,
      profile: true,
      profilePage: true,
      compare: true,
      sitemap: true,
      choices: true,
    })

    // A change by the clinic takes it off every public page again.
    const edited = await submitOffer(
      deps(),
      applicant.id,
      providerId,
      { ...careOffer, offer: offerId, lengthOfStayDays: '4' },
      'en',
    )
    expect(edited.ok).toBe(true)
    expect(await whereIsIt()).toEqual(nowhere)
  })
})
