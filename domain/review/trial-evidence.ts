import type { Evidenced, PolicyOffer, Verification } from '#domain/listing/types.ts'
import type { CredentialKind, CredentialStanding } from './credentials.ts'
import type { ReviewStatus } from './review-status.ts'

// A clinic proves a trial's permissions with credentials a reviewer checks
// (issue 16, ADR 0052): its ethics committee's registration, its IC-SCR
// registration, and the trial's registration with the regulator's permission
// uploaded with it. The listing policy reads them as the trial's documents,
// so an offer becomes listable only once reviewers approved what it needs.

export type ClinicCredential = {
  kind: CredentialKind
  reference: string
  reviewStatus: ReviewStatus
  standing: CredentialStanding
  validTo: string | null
}

type Trial = NonNullable<PolicyOffer['trial']>

/** What a credential says about the document it proves, on `today` (ISO date). */
function verificationOf(c: ClinicCredential, today: string): Verification | null {
  // A credential the clinic withdrew is no evidence at all, as if never sent.
  if (c.reviewStatus === 'withdrawn') return null
  if (c.reviewStatus === 'rejected') return 'failed'
  if (c.reviewStatus !== 'approved') return 'unverified'
  if (c.standing === 'expired' || (c.validTo !== null && c.validTo < today)) return 'failed'
  return 'verified'
}

const rank: Record<Verification, number> = { verified: 0, unverified: 1, failed: 2 }

/** The best evidence among the clinic's credentials of one kind (a current approved one wins). */
function best(credentials: readonly ClinicCredential[], today: string): Evidenced | undefined {
  let found: Evidenced | undefined
  for (const c of credentials) {
    const verification = verificationOf(c, today)
    if (!verification) continue
    if (!found || rank[verification] < rank[found.verification])
      found = { reference: c.reference, verification }
  }
  return found
}

const sameRegistryId = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase()

/**
 * The offer's trial with each missing permission filled from the clinic's
 * credentials. What the offer already states (the project's own reviewed
 * content) is kept as it is.
 */
export function trialWithCredentials(
  trial: Trial | null | undefined,
  credentials: readonly ClinicCredential[],
  today: string,
): Trial | null {
  if (!trial) return null
  const ofKind = (kind: CredentialKind) => credentials.filter((c) => c.kind === kind)
  const regulatorPermission =
    trial.regulatorPermission ??
    best(
      ofKind('trial-registration').filter((c) => sameRegistryId(c.reference, trial.registryId)),
      today,
    )
  const ethicsApproval = trial.ethicsApproval ?? best(ofKind('ethics-committee'), today)
  const icscrRegistration = trial.icscrRegistration ?? best(ofKind('icscr'), today)
  return {
    ...trial,
    ...(regulatorPermission ? { regulatorPermission } : {}),
    ...(ethicsApproval ? { ethicsApproval } : {}),
    ...(icscrRegistration ? { icscrRegistration } : {}),
  }
}
