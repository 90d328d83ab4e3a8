import type { Coding, Extension } from '@medplum/fhirtypes'

// Code systems and Waypoint-defined canonical URLs used by the FHIR export.
// Canonical URLs are identities, not addresses: they must not change with the
// deployment's base URL, so they hang off one fixed prefix. Replace it with
// the real domain before the first export leaves Waypoint; after that it may
// never change.
export const waypointCanonical = 'http://waypoint.example/fhir'

export const systems = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd11: 'http://id.who.int/icd/release/11/mms',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  bcp47: 'urn:ietf:bcp:47',
  iso3166: 'urn:iso:std:iso:3166',
  iso4217: 'urn:iso:std:iso:4217',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  v3RoleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  v3ParticipationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  // Waypoint's own, for concepts no public code system covers.
  kingsStage: `${waypointCanonical}/CodeSystem/kings-stage`,
  mitosStage: `${waypointCanonical}/CodeSystem/mitos-stage`,
  waypointObservation: `${waypointCanonical}/CodeSystem/observation`,
  caseReference: `${waypointCanonical}/NamingSystem/case-reference`,
  providerId: `${waypointCanonical}/NamingSystem/provider-id`,
  referralId: `${waypointCanonical}/NamingSystem/referral-id`,
  consultationId: `${waypointCanonical}/NamingSystem/consultation-id`,
  quoteId: `${waypointCanonical}/NamingSystem/quote-id`,
  referralStatus: `${waypointCanonical}/CodeSystem/referral-status`,
  quoteCategory: `${waypointCanonical}/CodeSystem/quote-category`,
} as const

export const canonicals = {
  alsfrsQuestionnaire: `${waypointCanonical}/Questionnaire/alsfrs-r`,
  goalsQuestionnaire: `${waypointCanonical}/Questionnaire/case-goals`,
} as const

export const extensionUrls = {
  /** On a Coding whose code was inferred, not looked up (domain reference §4.8, §5.1). */
  unverifiedCode: `${waypointCanonical}/StructureDefinition/unverified-code`,
  /** SHA-256 of the attachment's bytes, base64 like Attachment.hash (which R4 fixes to SHA-1). */
  attachmentSha256: `${waypointCanonical}/StructureDefinition/attachment-sha256`,
  /** IANA time-zone name; R4 Patient has no element for it. */
  timeZone: `${waypointCanonical}/StructureDefinition/time-zone`,
  /** Core R4 extension: when the condition was first asserted, here the diagnosis date. */
  conditionAssertedDate: 'http://hl7.org/fhir/StructureDefinition/condition-assertedDate',
  /** Where a referral stands in Waypoint's own life cycle, finer than ServiceRequest.status. */
  referralStatus: `${waypointCanonical}/StructureDefinition/referral-status`,
  /** What the family pays in all for a quote (the clinic's lines and Waypoint's fee). */
  quoteTotal: `${waypointCanonical}/StructureDefinition/quote-total`,
  /** On an AdverseEvent: its CTCAE grade (`grade`, 1–5) and the CTCAE version graded under (`version`); R4 has no element for either. */
  ctcaeGrade: `${waypointCanonical}/StructureDefinition/ctcae-grade`,
} as const

/** A coding, flagged with an extension when the code still needs confirming. */
export function coding(system: string, code: string, display: string, verified = true): Coding {
  const base: Coding = { system, code, display }
  if (verified) return base
  const flag: Extension = {
    url: extensionUrls.unverifiedCode,
    valueString: 'Code inferred, not yet confirmed against the code system; verify before clinical use.',
  }
  return { extension: [flag], ...base }
}

/**
 * ALS in three systems (domain reference §5.1). SNOMED CT and ICD-10-CM are
 * verified there; ICD-11 8B60.0 comes from secondary sources only, so it is
 * flagged.
 */
export const alsCodings: Coding[] = [
  coding(systems.snomed, '86044005', 'Amyotrophic lateral sclerosis'),
  coding(systems.icd10cm, 'G12.21', 'Amyotrophic lateral sclerosis'),
  coding(systems.icd11, '8B60.0', 'Amyotrophic lateral sclerosis', false),
]

/**
 * FVC % predicted. 19870-5 is *not* it: that code is FVC as a volume in
 * litres. 19872-1 "FVC measured/predicted" is the ratio the intake asks for,
 * but it comes from a published FHIR profile rather than loinc.org itself
 * (the check digit is valid), so it carries the unverified flag until someone
 * confirms it there.
 */
export const fvcPercentPredictedLoinc = {
  code: '19872-1',
  display: 'FVC measured/predicted',
  verified: false,
}
