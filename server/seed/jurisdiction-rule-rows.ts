import { jurisdictionRules } from '#domain/listing/jurisdiction-rules.ts'

export function jurisdictionRuleRows() {
  return jurisdictionRules.map((r) => ({
    id: r.id,
    countryCode: r.countryCode,
    treatmentClass: r.treatmentClass,
    requirement: r.requirement,
    requiredDocuments: r.requiredDocuments,
    acceptedRegistries: r.acceptedRegistries ?? [],
    approvedTreatmentIds: r.approvedTreatmentIds ?? [],
    summary: r.summary,
    sources: r.sources,
    effectiveDate: r.effectiveDate,
    reviewDate: r.reviewDate,
  }))
}
