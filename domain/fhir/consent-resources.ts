import type {
  Consent,
  ConsentProvisionData,
  Organization,
  Patient,
  Reference,
  RelatedPerson,
} from '@medplum/fhirtypes'
import type { CaseExport } from './case-export.ts'
import type { CaseResourceIds } from './case-resource-ids.ts'
import { systems } from './codes.ts'

// Consents as FHIR R4 Consent resources. Scope is patient-privacy (the R4
// consentscope code for "agreement to collect, access, use or disclose
// (share) information"). Category is LOINC 59284-0 "Patient Consent", which
// the R4 consent-category value set lists explicitly; consentcategorycodes has
// nothing closer (its codes are advance directives, research and notices).
// R4 requires a policy or a policyRule (invariant ppc-1): ours are Waypoint's
// own wording, so they are named in text, which also says who gave the
// consent and on what authority. `performer` ("who is agreeing to the policy")
// is the patient, or the RelatedPerson who gave it on their behalf.

/** Who gave a consent (people.ts, consentGiver). */
export type ConsentGiver = { performer: Reference<Patient | RelatedPerson>; words: string }

const scope = {
  coding: [{ system: systems.consentScope, code: 'patient-privacy', display: 'Privacy Consent' }],
}
const category = [{ coding: [{ system: systems.loinc, code: '59284-0', display: 'Patient Consent' }] }]

export function processingConsent(
  processing: NonNullable<CaseExport['consents']['processing']>,
  ids: CaseResourceIds,
  patient: Reference<Patient>,
  giver: ConsentGiver,
): Consent {
  return {
    resourceType: 'Consent',
    id: ids.processingConsent,
    status: 'active',
    scope,
    category,
    patient,
    dateTime: processing.givenAt.toISOString(),
    performer: [giver.performer],
    policyRule: {
      text: `Waypoint consent to process health data, version ${processing.version}; ${giver.words}`,
    },
    provision: { type: 'permit' },
  }
}

export type SectionResources = Record<string, Reference[]>

/**
 * One Consent per provider share: active while given, inactive once
 * withdrawn (R4 has no "withdrawn"; `inactive` is "no longer in force").
 * `provision.data` lists what the provider may read: the shared documents,
 * and the resources of each shared section. Ids that are not in this export
 * are left out, so every reference resolves inside the Bundle.
 */
export function providerConsent(
  share: CaseExport['consents']['providers'][number],
  ids: CaseResourceIds,
  patient: Reference<Patient>,
  giver: ConsentGiver,
  exported: { documentIds: ReadonlySet<string>; sections: SectionResources },
): Consent {
  const documents = share.documentIds
    .filter((id) => exported.documentIds.has(id))
    .map((id) => ({ reference: `DocumentReference/${ids.document(id)}` }))
  const sections = share.sections.flatMap((section) => exported.sections[section] ?? [])
  const data: ConsentProvisionData[] = [...sections, ...documents].map((reference) => ({
    meaning: 'instance',
    reference,
  }))
  return {
    resourceType: 'Consent',
    id: ids.providerConsent(share.providerId),
    status: share.status === 'given' ? 'active' : 'inactive',
    scope,
    category,
    patient,
    dateTime: share.changedAt.toISOString(),
    performer: [giver.performer],
    policyRule: {
      text: `Waypoint consent to share named parts of a case with one provider (sections: ${share.sections.join(', ') || 'none'}); ${giver.words}`,
    },
    provision: {
      type: 'permit',
      actor: [
        {
          role: {
            coding: [{ system: systems.v3ParticipationType, code: 'IRCP', display: 'information recipient' }],
          },
          reference: { reference: `Organization/${ids.organization(share.providerId)}` },
        },
      ],
      ...(data.length > 0 ? { data } : {}),
    },
  }
}

export function providerOrganization(
  share: { providerId: string; providerName: string },
  ids: CaseResourceIds,
): Organization {
  return {
    resourceType: 'Organization',
    id: ids.organization(share.providerId),
    identifier: [{ system: systems.providerId, value: share.providerId }],
    name: share.providerName,
  }
}
