import { z } from 'zod'
import type { Role } from '#domain/accounts/roles.ts'
import { clinicRoles } from '#domain/clinics/clinic-roles.ts'
import accountsJson from '../../content/demo/accounts.json' with { type: 'json' }
import casesJson from '../../content/demo/cases.json' with { type: 'json' }
import offersJson from '../../content/demo/offers.json' with { type: 'json' }
import providersJson from '../../content/demo/providers.json' with { type: 'json' }

// The demo data (content/demo/*.json): fictional accounts, providers, offers
// and cases, checked against these schemas when this module loads. Records are
// keyed by a short name, so tests say `demoIds.offer.lotusMdt` instead of
// copying an id (server/seed/demo-ids.ts).
const verification = z.enum(['verified', 'unverified', 'failed'])
const evidenced = z.strictObject({ reference: z.string().min(1), verification })
const day = z.iso.date()

const roles = [
  'patient',
  'caregiver',
  'coordinator',
  'clinic-staff',
  'reviewer',
  'second-opinion-doctor',
  'admin',
] as const satisfies readonly Role[]

const accountSchema = z.strictObject({
  role: z.enum(roles),
  email: z.email(),
  name: z.string().min(1),
  /** Clinic staff: the provider they work for, and their title there. */
  providerId: z.string().optional(),
  title: z.string().optional(),
  /** Clinic staff: what they do for the clinic (domain/clinics/clinic-roles.ts). */
  clinicRole: z.enum(clinicRoles).optional(),
  /** A treating doctor: the registration shown on the plans they sign. */
  registration: z.strictObject({ number: z.string().min(1), council: z.string().min(1) }).optional(),
})

const providerSchema = z.strictObject({
  id: z.string().startsWith('demo-'),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(['hospital', 'clinic']),
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  city: z.string().min(1),
  beds: z.number().int().nonnegative(),
  languages: z.array(z.string().min(2)),
  summary: z.string().min(1),
  address: z.string().min(1),
  internationalDesk: z.boolean(),
  ethicsCommittee: z
    .strictObject({ reference: z.string(), registeredWith: z.string(), verification })
    .optional(),
  icscr: evidenced.optional(),
  lastVerifiedAt: day.nullable(),
  accreditations: z.array(
    z.strictObject({
      id: z.string().min(1),
      accreditor: z.string().min(1),
      reference: z.string().min(1),
      validFrom: day,
      validTo: day,
      verification,
    }),
  ),
  checks: z.array(
    z.strictObject({
      item: z.enum([
        'licence',
        'accreditation',
        'ethics-committee',
        'trial-registration',
        'practitioner-registration',
        'complaints',
      ]),
      status: z.enum(['verified', 'not-verified', 'failed']),
      documentTitle: z.string().optional(),
      reference: z.string().optional(),
    }),
  ),
  team: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      role: z.string().min(1),
      qualifications: z.string().min(1),
      registrationNumber: z.string().nullable(),
      registrationVerified: z.boolean(),
    }),
  ),
})

const offerSchema = z.strictObject({
  id: z.string().startsWith('offer-'),
  providerId: z.string(),
  treatmentId: z.string(),
  conditionId: z.string(),
  title: z.string().min(1),
  pathway: z.enum(['standard-care', 'registered-trial']),
  protocol: z.string().nullable(),
  sessions: z.number().int().positive().nullable(),
  lengthOfStayDays: z.number().int().positive().nullable(),
  inclusions: z.array(z.string()),
  exclusions: z.array(z.string()),
  /** In the currency's minor units (cents, paise…). */
  price: z
    .strictObject({
      min: z.number().int().nonnegative(),
      max: z.number().int().nonnegative(),
      currency: z.string(),
    })
    .nullable(),
  claimsText: z.string(),
  trial: z
    .strictObject({
      registryId: z.string(),
      regulatorPermission: evidenced.optional(),
      ethicsApproval: evidenced.optional(),
      icscrRegistration: evidenced.optional(),
    })
    .optional(),
  chargesForInvestigationalProduct: z.boolean().optional(),
})

const accountKey = z.enum(['patient', 'caregiver'])
const caseSchema = z.strictObject({
  id: z.uuid(),
  reference: z.string().regex(/^WP-[A-Z0-9]{6}$/),
  createdBy: accountKey.optional(),
  members: z.array(accountKey),
  stage: z.string().optional(),
  processingConsentVersion: z.string().optional(),
  answers: z.record(z.string(), z.unknown()),
  offers: z
    .array(z.strictObject({ offerId: z.string(), evidenceAcknowledged: z.boolean().optional() }))
    .optional(),
  document: z
    .strictObject({ id: z.uuid(), filename: z.string(), uploadedBy: accountKey, text: z.string() })
    .optional(),
  share: z
    .strictObject({
      providerId: z.string(),
      sections: z.array(z.string()),
      changedBy: accountKey,
      /** Also sent to that provider, so its clinic sees the case (a clinic sees only referred cases). */
      referred: z.boolean().optional(),
    })
    .optional(),
  /** Consent to share with several providers (no documents), for a case ready to be routed. */
  shares: z
    .array(z.strictObject({ providerId: z.string(), sections: z.array(z.string()), changedBy: accountKey }))
    .optional(),
  messages: z.array(z.strictObject({ author: accountKey, body: z.string().min(1) })).optional(),
})

const demoSchema = z
  .strictObject({
    accounts: z.strictObject({ password: z.string().min(12), accounts: z.record(z.string(), accountSchema) }),
    providers: z.record(z.string(), providerSchema),
    offers: z.record(z.string(), offerSchema),
    cases: z.strictObject({ draft: caseSchema, sent: caseSchema, routed: caseSchema, foreign: caseSchema }),
  })
  .superRefine((d, ctx) => {
    const providerIds = new Set(Object.values(d.providers).map((p) => p.id))
    const offerIds = new Set(Object.values(d.offers).map((o) => o.id))
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message })
    for (const [key, o] of Object.entries(d.offers))
      if (!providerIds.has(o.providerId)) problem(`offers.${key}: unknown provider "${o.providerId}"`)
    for (const [key, a] of Object.entries(d.accounts.accounts))
      if (a.providerId && !providerIds.has(a.providerId)) problem(`accounts.${key}: unknown provider`)
    for (const [key, c] of Object.entries(d.cases)) {
      for (const o of c.offers ?? []) if (!offerIds.has(o.offerId)) problem(`cases.${key}: unknown offer`)
      if (c.share && !providerIds.has(c.share.providerId)) problem(`cases.${key}: unknown provider`)
      for (const share of c.shares ?? [])
        if (!providerIds.has(share.providerId)) problem(`cases.${key}: unknown provider`)
    }
  })

const parsed = demoSchema.safeParse({
  accounts: accountsJson,
  providers: providersJson,
  offers: offersJson,
  cases: casesJson,
})
if (!parsed.success) throw new Error(`content/demo is invalid: ${z.prettifyError(parsed.error)}`)

export const demoContent = parsed.data
export type DemoOffer = z.infer<typeof offerSchema>
export type DemoProvider = z.infer<typeof providerSchema>

const mapValues = <T extends object, R>(o: T, f: (v: T[keyof T]) => R) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as T[keyof T])])) as { [K in keyof T]: R }

/** Every demo id, by a short name: what tests and benchmarks use instead of copying ids. */
export const demoIds = {
  password: accountsJson.password,
  email: mapValues(accountsJson.accounts, (a) => a.email),
  provider: mapValues(providersJson, (p) => p.id),
  providerSlug: mapValues(providersJson, (p) => p.slug),
  offer: mapValues(offersJson, (o) => o.id),
  case: mapValues(casesJson, (c) => c.id),
  caseReference: mapValues(casesJson, (c) => c.reference),
  /** The referral letter on the sent case. */
  sentDocument: casesJson.sent.document.id,
  sentDocumentName: casesJson.sent.document.filename,
}
