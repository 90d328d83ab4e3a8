import type { Patient, Reference, ServiceRequest } from '@medplum/fhirtypes'
import type { ReferralStatus } from '../referrals/referral.ts'
import type { CaseExport, ExportedReferral } from './case-export.ts'
import type { CaseResourceIds } from './case-resource-ids.ts'
import { coding, extensionUrls, systems } from './codes.ts'
import type { SectionResources } from './consent-resources.ts'

// A referral (the case sent to one clinic for evaluation, a plan and a quote)
// as an R4 ServiceRequest (ADR 0046).
//
// status: R4 has draft | active | on-hold | revoked | completed |
// entered-in-error | unknown. While the clinic or the family still has a step
// to take the request is active; it is completed once it has done its work
// (the clinic answered "not eligible", or the family accepted the plan); it is
// revoked when it ended before that (declined by either side, the quote
// expired, withdrawn, or closed because another clinic's plan was accepted).
// Waypoint's finer status rides along in an extension.
//
// intent is 'order' throughout: the coordinator's sending is the authority
// for the clinic to act, and R4 does not let a request's intent change over
// its life (a different intent is a different request).
export const serviceRequestStatus: Record<ReferralStatus, ServiceRequest['status']> = {
  sent: 'active',
  opened: 'active',
  evaluating: 'active',
  'information-requested': 'active',
  'information-provided': 'active',
  'plan-proposed': 'active',
  accepted: 'completed',
  'not-eligible': 'completed',
  'declined-by-clinic': 'revoked',
  'declined-by-patient': 'revoked',
  expired: 'revoked',
  withdrawn: 'revoked',
  closed: 'revoked',
}

/** SNOMED CT 3457005 |Patient referral (procedure)|. */
const patientReferral = coding(systems.snomed, '3457005', 'Patient referral')

/**
 * The referral to one provider: the provider's Organization as performer,
 * and as supporting information exactly what the family consented to share
 * with it (its Consent, then each shared section's resources and document).
 * A referral whose consent is withdrawn keeps pointing at the inactive Consent
 * and nothing else.
 */
export function referralServiceRequest(
  referral: ExportedReferral,
  x: Pick<CaseExport, 'consents'>,
  ids: CaseResourceIds,
  patient: Reference<Patient>,
  exported: { documentIds: ReadonlySet<string>; sections: SectionResources },
): ServiceRequest {
  const share = x.consents.providers.find((s) => s.providerId === referral.providerId)
  const scope: Reference[] = share
    ? [
        { reference: `Consent/${ids.providerConsent(share.providerId)}` },
        ...(share.status === 'given'
          ? [
              ...share.sections.flatMap((section) => exported.sections[section] ?? []),
              ...share.documentIds
                .filter((id) => exported.documentIds.has(id))
                .map((id) => ({ reference: `DocumentReference/${ids.document(id)}` })),
            ]
          : []),
      ]
    : []
  return {
    resourceType: 'ServiceRequest',
    id: ids.referral(referral.id),
    extension: [{ url: extensionUrls.referralStatus, valueCode: referral.status }],
    identifier: [{ system: systems.referralId, value: referral.id }],
    status: serviceRequestStatus[referral.status],
    intent: 'order',
    code: { coding: [patientReferral], text: 'Evaluation, treatment plan and itemised quote' },
    subject: patient,
    authoredOn: referral.sentAt.toISOString(),
    performer: [
      { reference: `Organization/${ids.organization(referral.providerId)}`, display: referral.providerName },
    ],
    ...(scope.length > 0 ? { supportingInfo: scope } : {}),
  }
}
