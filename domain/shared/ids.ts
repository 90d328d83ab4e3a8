// Branded ids: a ProviderId cannot be passed where a CaseId is expected.
// Ids from a request are parsed here, once, at the edge: a string that is not
// an id of that kind is null, which routes answer with 404.
type Brand<T, B extends string> = T & { readonly __brand: B }

export type UserId = Brand<string, 'UserId'>
export type ProviderId = Brand<string, 'ProviderId'>
export type EmailId = Brand<string, 'EmailId'>
export type CaseId = Brand<string, 'CaseId'>
export type DocumentId = Brand<string, 'DocumentId'>
export type MemberId = Brand<string, 'MemberId'>
export type OfferId = Brand<string, 'OfferId'>
export type ReferralId = Brand<string, 'ReferralId'>
export type QuoteId = Brand<string, 'QuoteId'>
export type ConsultationSlotId = Brand<string, 'ConsultationSlotId'>
export type ConsultationId = Brand<string, 'ConsultationId'>
export type CredentialId = Brand<string, 'CredentialId'>
export type ProviderDocumentId = Brand<string, 'ProviderDocumentId'>

export const asUserId = (id: string) => id as UserId
export const asProviderId = (id: string) => id as ProviderId
export const asEmailId = (id: string) => id as EmailId
export const asCaseId = (id: string) => id as CaseId
export const asDocumentId = (id: string) => id as DocumentId
export const asMemberId = (id: string) => id as MemberId
export const asOfferId = (id: string) => id as OfferId
export const asReferralId = (id: string) => id as ReferralId
export const asQuoteId = (id: string) => id as QuoteId
export const asConsultationSlotId = (id: string) => id as ConsultationSlotId
export const asConsultationId = (id: string) => id as ConsultationId
export const asCredentialId = (id: string) => id as CredentialId
export const asProviderDocumentId = (id: string) => id as ProviderDocumentId

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
// Catalogue ids are readable slugs (seeded) or uuids (generated).
const slug = /^[a-z0-9][a-z0-9-]{0,99}$/

function parser<T>(pattern: RegExp, brand: (id: string) => T) {
  return (raw: string | null | undefined): T | null =>
    typeof raw === 'string' && pattern.test(raw) ? brand(raw) : null
}

export const parseCaseId = parser(uuid, asCaseId)
export const parseDocumentId = parser(uuid, asDocumentId)
export const parseMemberId = parser(uuid, asMemberId)
export const parseEmailId = parser(uuid, asEmailId)
export const parseOfferId = parser(slug, asOfferId)
export const parseReferralId = parser(uuid, asReferralId)
export const parseQuoteId = parser(uuid, asQuoteId)
export const parseConsultationSlotId = parser(uuid, asConsultationSlotId)
export const parseConsultationId = parser(uuid, asConsultationId)
export const parseProviderId = parser(slug, asProviderId)
// A clinic's credentials and documents: generated ids, or readable slugs in seeds and tests.
export const parseCredentialId = parser(slug, asCredentialId)
export const parseProviderDocumentId = parser(slug, asProviderDocumentId)
