import type { Registry } from './registry-ids.ts'

// The listing policy's vocabulary. An offer is judged with its provider, the
// law of the provider's country for that kind of treatment, and the evidence.
export const treatmentClasses = [
  'standard-care',
  'procedure',
  'medicine',
  'rehabilitation',
  'cell-based-intervention',
] as const
export type TreatmentClass = (typeof treatmentClasses)[number]

export type Verification = 'verified' | 'unverified' | 'failed'
export type Evidenced = { reference: string; verification: Verification }
export type SourceRef = { title: string; url?: string }

export type DocumentKind =
  'trial-registry-id' | 'regulator-permission' | 'ethics-committee-approval' | 'icscr-registration'

export type Requirement =
  /** Lawful as ordinary care. */
  | 'allowed'
  /** Only as participation in a registered, approved trial (India, cell-based interventions). */
  | 'registered-trial-only'
  /** As care only for products approved in the country; otherwise only in a registered trial. */
  | 'approved-product-or-trial'

export type JurisdictionRule = {
  id: string
  countryCode: string
  treatmentClass: TreatmentClass
  requirement: Requirement
  requiredDocuments: DocumentKind[]
  /** Registry id formats this country accepts as proof of registration (by name). */
  acceptedRegistries?: Registry[]
  /** Treatments approved as care in this country (for 'approved-product-or-trial'). */
  approvedTreatmentIds?: string[]
  summary: string
  sources: SourceRef[]
  effectiveDate: string
  reviewDate: string
}

export type PolicyOffer = {
  id: string
  title: string
  pathway: 'standard-care' | 'registered-trial'
  treatmentId: string
  treatmentClass: TreatmentClass
  cellSource?: string | null
  route?: string | null
  protocol?: string | null
  claimsText: string
  /** What is included and excluded, in the provider's words: screened like every other text. */
  inclusions?: readonly string[] | null
  exclusions?: readonly string[] | null
  /** The condition the offer is for (the catalogue's id, e.g. "als"). */
  conditionId?: string | null
  price?: { min: number; max: number; currency: string } | null
  chargesForInvestigationalProduct?: boolean
  trial?: {
    registryId: string
    regulatorPermission?: Evidenced
    ethicsApproval?: Evidenced
    icscrRegistration?: Evidenced
  } | null
}

export type PolicyProvider = {
  id: string
  countryCode: string
  accreditations: { accreditor: string; validTo: string; verification: Verification }[]
}

/** `review`: the screen is unsure; a reviewer must read the offer before it can be listed. */
export type Severity = 'block' | 'review' | 'needs-documents' | 'warn'
export type Verdict = 'listable' | 'listable-with-warnings' | 'needs-documents' | 'needs-review' | 'blocked'

/** Every reason the policy can give. Each has a message, `listing.reason.<code>`, in every language. */
export const reasonCodes = [
  'rule.missing',
  'rule.paid-cell-therapy',
  'rule.unapproved-product',
  'trial.missing-trial-registry-id',
  'trial.invalid-registry-id',
  'trial.registry-not-accepted',
  'trial.missing-regulator-permission',
  'trial.missing-ethics-committee-approval',
  'trial.missing-icscr-registration',
  'trial.failed-regulator-permission',
  'trial.failed-ethics-committee-approval',
  'trial.failed-icscr-registration',
  'trial.unverified-regulator-permission',
  'trial.unverified-ethics-committee-approval',
  'trial.unverified-icscr-registration',
  'claim.cure',
  'claim.success-rate',
  'claim.no-risk',
  'claim.many-diseases',
  'claim.testimonials',
  'claim.autologous-exempt',
  'claim.stop-approved-care',
  'claim.pay-for-investigational',
  'claim.registered-with-regulator',
  'claim.consent-as-justification',
  'accreditation.failed',
  'accreditation.expired',
  'offer.undocumented-protocol',
  'offer.pay-for-investigational',
  'offer.cell-product-in-text',
  'evidence.investigational',
  'review.unclear-wording',
  'review.cell-product-named',
] as const
export type ReasonCode = (typeof reasonCodes)[number]

/**
 * What fills a reason's message. `country` is a country code and `date` an ISO
 * date, shown as a name and a date in the reader's language; the rest (a
 * registry number, an accreditor) are shown as they are.
 */
export type ReasonValues = Record<string, string>

export type Reason = {
  code: ReasonCode
  severity: Severity
  /** Plain English, our words: for policy:check, logs and anyone reading a stored verdict. Pages show `listing.reason.<code>` in the reader's language. */
  explanation: string
  values: ReasonValues
  basis: { ruleId?: string; source: SourceRef }
  /** The provider's own words that raised a red flag. */
  excerpt?: string
}

/**
 * A reason as read back from an offer's stored verdict. A verdict decided
 * before reasons had messages has no `values` (and may name a code the policy
 * no longer gives): it is shown in its stored English until the offer is
 * decided again (`npm run seed` redecides the demo catalogue).
 */
export type StoredReason = Omit<Reason, 'code' | 'values'> & { code: string; values?: ReasonValues }

export type PolicyDecision = { verdict: Verdict; reasons: Reason[] }
