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
  acceptedRegistries?: ('CTRI' | 'NCT')[]
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

export type Severity = 'block' | 'needs-documents' | 'warn'
export type Verdict = 'listable' | 'listable-with-warnings' | 'needs-documents' | 'blocked'

export type Reason = {
  code: string
  severity: Severity
  /** Plain English, our words; pages show the translated text for the code. */
  explanation: string
  basis: { ruleId?: string; source: SourceRef }
  excerpt?: string
}

export type PolicyDecision = { verdict: Verdict; reasons: Reason[] }
