import { policySources } from './sources.ts'
import type { JurisdictionRule } from './types.ts'

// What the law allows, per country and treatment class. Only India's rule is
// fully sourced in our domain reference; the others are marked for review and
// are deliberately strict (trial or approved product only) until a reviewer
// confirms them. Other treatment classes are ordinary care everywhere.
export const jurisdictionRules: JurisdictionRule[] = [
  {
    id: 'in-cell-based',
    countryCode: 'IN',
    treatmentClass: 'cell-based-intervention',
    requirement: 'registered-trial-only',
    requiredDocuments: [
      'trial-registry-id',
      'regulator-permission',
      'ethics-committee-approval',
      'icscr-registration',
    ],
    acceptedRegistries: ['CTRI'],
    summary:
      'In India, stem cells may be used (outside blood-forming stem cell transplants for blood disorders) only inside an approved, registered clinical trial; any other use is malpractice.',
    sources: [
      policySources.ngscr,
      policySources.supremeCourt,
      policySources.ndct,
      policySources.ctri,
      policySources.nacscrt,
    ],
    effectiveDate: '2017-10-11',
    reviewDate: '2027-01-31',
  },
  {
    id: 'kr-cell-based',
    countryCode: 'KR',
    treatmentClass: 'cell-based-intervention',
    requirement: 'approved-product-or-trial',
    requiredDocuments: ['trial-registry-id', 'regulator-permission', 'ethics-committee-approval'],
    acceptedRegistries: ['NCT'],
    approvedTreatmentIds: ['lenzumestrocel'],
    summary:
      'In South Korea, a cell product may be given as care only if the regulator approved it; lenzumestrocel has a conditional approval for ALS.',
    sources: [policySources.koreaApproval],
    effectiveDate: '2014-07-30',
    reviewDate: '2027-01-31',
  },
  {
    id: 'de-cell-based',
    countryCode: 'DE',
    treatmentClass: 'cell-based-intervention',
    requirement: 'approved-product-or-trial',
    requiredDocuments: ['trial-registry-id', 'regulator-permission', 'ethics-committee-approval'],
    acceptedRegistries: ['NCT'],
    summary:
      'In Germany (EU), no stem cell product is approved for ALS, so cell treatments are listed only as authorised trials. To be confirmed by a reviewer against EU rules.',
    sources: [{ title: 'Waypoint review pending: EU advanced-therapy rules (no product approved for ALS)' }],
    effectiveDate: '2026-11-20',
    reviewDate: '2027-02-28',
  },
  ...(['MX', 'TH', 'TR'] as const).map((countryCode): JurisdictionRule => ({
    id: `${countryCode.toLowerCase()}-cell-based`,
    countryCode,
    treatmentClass: 'cell-based-intervention',
    requirement: 'approved-product-or-trial',
    requiredDocuments: ['trial-registry-id', 'regulator-permission', 'ethics-committee-approval'],
    acceptedRegistries: ['NCT'],
    summary:
      'No stem cell product is approved for ALS here as far as our review found, so cell treatments are listed only as authorised trials. To be confirmed by a reviewer.',
    sources: [{ title: 'Waypoint review pending: national regulator records' }],
    effectiveDate: '2026-11-20',
    reviewDate: '2027-02-28',
  })),
]
