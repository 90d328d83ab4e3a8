// Consent to share a case with one provider. It is given per provider, names
// exactly which documents and which answer sections the provider may see, and
// can be withdrawn at any time with effect on the provider's next request.
/** `not-shared` is a decision not to share; `withdrawn` ends a consent that was given. */
export const shareStatuses = ['given', 'not-shared', 'withdrawn'] as const
export type ShareStatus = (typeof shareStatuses)[number]

/** The parts of the intake a provider can be allowed to read. */
export const shareableSections = ['about', 'condition', 'alsfrs', 'goals'] as const
export type ShareableSection = (typeof shareableSections)[number]

export type CaseShare = {
  providerId: string
  status: ShareStatus
  documentIds: readonly string[]
  sections: readonly ShareableSection[]
}

export function isShareableSection(value: string): value is ShareableSection {
  return (shareableSections as readonly string[]).includes(value)
}

/** A provider may read a document only while consent is given and names it. */
export function providerMayReadDocument(share: CaseShare | null | undefined, documentId: string): boolean {
  return share?.status === 'given' && share.documentIds.includes(documentId)
}

/**
 * What a clinic may download: what the family shares with it, and what the
 * clinic itself issued on the case (its invitation letter, its discharge
 * summary; ADR 0069). Its own letter is its own record whatever the family
 * shares, and another clinic's is never among it.
 */
export function clinicMayReadDocument(
  share: CaseShare | null | undefined,
  documentId: string,
  issuedByClinic: readonly string[],
): boolean {
  return providerMayReadDocument(share, documentId) || issuedByClinic.includes(documentId)
}

export function providerMayReadSection(
  share: CaseShare | null | undefined,
  section: ShareableSection,
): boolean {
  return share?.status === 'given' && share.sections.includes(section)
}

/**
 * Providers were chosen but none may read anything: the case would reach the
 * coordinators only. Allowed (a family may want advice first), but said
 * before sending, as the sharing page lets "No" and its ticks pass silently.
 */
export function sharedWithNoChosenProvider(
  chosenOffers: readonly { providerId: string }[],
  shares: readonly { providerId: string; status: ShareStatus }[],
): boolean {
  // A share with a provider no longer chosen (the family switched) reaches nobody.
  const chosen = new Set(chosenOffers.map((o) => o.providerId))
  return chosen.size > 0 && !shares.some((s) => s.status === 'given' && chosen.has(s.providerId))
}
