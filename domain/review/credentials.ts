// The credentials a clinic proves with a document (issue 16, ADR 0052).
export const credentialKinds = [
  'accreditation',
  'ethics-committee',
  'icscr',
  'practitioner-registration',
  'trial-registration',
] as const
export type CredentialKind = (typeof credentialKinds)[number]

export function isCredentialKind(value: unknown): value is CredentialKind {
  return typeof value === 'string' && (credentialKinds as readonly string[]).includes(value)
}

/** How a reviewer verified a credential. */
export const verificationMethods = [
  'document-checked',
  'registry-checked',
  'public-directory-checked',
] as const
export type VerificationMethod = (typeof verificationMethods)[number]

export function isVerificationMethod(value: unknown): value is VerificationMethod {
  return typeof value === 'string' && (verificationMethods as readonly string[]).includes(value)
}

/** Whether an approved credential still holds: `expired` is set by the daily job on its last day's morrow. */
export const credentialStandings = ['current', 'expired'] as const
export type CredentialStanding = (typeof credentialStandings)[number]
