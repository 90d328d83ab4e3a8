import type { CredentialKind, CredentialStanding, VerificationMethod } from './credentials.ts'
import type { ReviewStatus } from './review-status.ts'

// The provider's ethics fields, as the public profile shows them (issue 16,
// ADR 0070): an approved, current ethics-committee or IC-SCR credential is the
// verified committee, with when and how a reviewer last verified it. When the
// credential is withdrawn, rejected or lapses, the field is cleared — unless
// the field came from the project's own reviewed content (the demo seed),
// which no credential wrote and so none clears.

export type EthicsCommitteeField = {
  reference: string
  registeredWith: string
  verification: string
  /** Set when a reviewed credential wrote the field: which one, and when and how it was verified. */
  credentialId?: string
  verifiedAt?: string
  verificationMethod?: VerificationMethod
}

export type IcscrField = {
  reference: string
  verification: string
  credentialId?: string
  verifiedAt?: string
  verificationMethod?: VerificationMethod
}

export type EthicsCredential = {
  id: string
  kind: CredentialKind
  issuer: string
  reference: string
  reviewStatus: ReviewStatus
  standing: CredentialStanding
  validTo: string | null
  verifiedAt: Date | null
  verificationMethod: VerificationMethod | null
}

export type EthicsFields = { ethicsCommittee: EthicsCommitteeField | null; icscr: IcscrField | null }

/** Approved, current, and still valid on `today` (an ISO date in the clinic's zone). */
function holds(c: EthicsCredential, today: string): boolean {
  return (
    c.reviewStatus === 'approved' && c.standing === 'current' && (c.validTo === null || c.validTo >= today)
  )
}

/** The most recently verified credential of a kind that holds today. */
function latestHolding(credentials: readonly EthicsCredential[], kind: CredentialKind, today: string) {
  return credentials
    .filter((c) => c.kind === kind && holds(c, today))
    .sort((a, b) => (b.verifiedAt?.getTime() ?? 0) - (a.verifiedAt?.getTime() ?? 0))[0]
}

const verifiedBy = (c: EthicsCredential) => ({
  verification: 'verified',
  credentialId: c.id,
  ...(c.verifiedAt ? { verifiedAt: c.verifiedAt.toISOString() } : {}),
  ...(c.verificationMethod ? { verificationMethod: c.verificationMethod } : {}),
})

export function ethicsFields(
  current: EthicsFields,
  credentials: readonly EthicsCredential[],
  today: string,
): EthicsFields {
  const committee = latestHolding(credentials, 'ethics-committee', today)
  const icscr = latestHolding(credentials, 'icscr', today)
  return {
    ethicsCommittee: committee
      ? { reference: committee.reference, registeredWith: committee.issuer, ...verifiedBy(committee) }
      : current.ethicsCommittee?.credentialId
        ? null
        : current.ethicsCommittee,
    icscr: icscr
      ? { reference: icscr.reference, ...verifiedBy(icscr) }
      : current.icscr?.credentialId
        ? null
        : current.icscr,
  }
}
