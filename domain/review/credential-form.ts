import type { DocumentKind } from '../documents/document-kinds.ts'
import { registryOf } from '../listing/registry-ids.ts'
import { parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { credentialKinds, type CredentialKind } from './credentials.ts'
import { readChoice, readText, type FieldProblem } from './form-problems.ts'

// A credential as a clinic submits it (issue 16): what it is, who issued it,
// its number, and when it holds, checked field by field before its document
// is stored. A reviewer then checks it against the document and the issuer.

/** The accreditors named on the form; any other is written in. */
export const accreditors = ['JCI', 'NABH', 'other'] as const
export type Accreditor = (typeof accreditors)[number]

/** What a credential's proof may be: a scan or a PDF, never an archive or imaging. */
export const credentialDocumentKinds = ['pdf', 'jpeg', 'png'] as const satisfies readonly DocumentKind[]
export const isCredentialDocumentKind = (kind: DocumentKind) =>
  (credentialDocumentKinds as readonly DocumentKind[]).includes(kind)
/** A certificate is a few pages: far below a patient's imaging. */
export const CREDENTIAL_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024

export const MAX_ISSUER = 200
export const MAX_REFERENCE = 100
export const MAX_SCOPE = 500
export const MAX_HOLDER = 200

export type CredentialInput = Partial<
  Record<
    | 'credentialKind'
    | 'accreditor'
    | 'issuer'
    | 'reference'
    | 'scope'
    | 'holderName'
    | 'validFrom-day'
    | 'validFrom-month'
    | 'validFrom-year'
    | 'validTo-day'
    | 'validTo-month'
    | 'validTo-year',
    string
  >
>

export type CredentialDetails = {
  kind: CredentialKind
  issuer: string
  reference: string
  scope: string | null
  holderName: string | null
  validFrom: CalendarDate | null
  validTo: CalendarDate | null
}

export type CredentialProblem =
  | FieldProblem
  | { code: 'credential.date-invalid'; field: string }
  | { code: 'credential.dates-order'; field: 'validTo-day' }
  | { code: 'credential.registry-id-invalid'; field: 'reference' }

/** A date from day, month and year boxes: null when all are empty, a problem when it is not a real day. */
function readDate(
  problems: CredentialProblem[],
  input: CredentialInput,
  prefix: 'validFrom' | 'validTo',
  required: boolean,
): CalendarDate | null {
  const part = (name: 'day' | 'month' | 'year') => (input[`${prefix}-${name}`] ?? '').trim()
  const [day, month, year] = [part('day'), part('month'), part('year')]
  const field = `${prefix}-day`
  if (day === '' && month === '' && year === '') {
    if (required) problems.push({ code: 'onboarding.missing', field })
    return null
  }
  const date =
    /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)
      ? parseCalendarDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`)
      : null
  if (!date) problems.push({ code: 'credential.date-invalid', field })
  return date
}

export function checkCredential(input: CredentialInput): Result<CredentialDetails, CredentialProblem[]> {
  const problems: CredentialProblem[] = []
  const fieldProblems: FieldProblem[] = []
  const kind = readChoice(fieldProblems, 'credentialKind', input.credentialKind, credentialKinds)
  let issuer = ''
  let reference = readText(fieldProblems, 'reference', input.reference, MAX_REFERENCE)
  if (kind === 'accreditation') {
    const accreditor = readChoice(fieldProblems, 'accreditor', input.accreditor, accreditors)
    if (accreditor === 'other') issuer = readText(fieldProblems, 'issuer', input.issuer, MAX_ISSUER)
    else if (accreditor) issuer = accreditor
  } else if (kind === 'trial-registration') {
    // The registry is read from the id itself (CTRI/2025/03/012345 is CTRI's).
    reference = reference.toUpperCase()
    const registry = reference === '' ? null : registryOf(reference)
    if (reference !== '' && !registry)
      problems.push({ code: 'credential.registry-id-invalid', field: 'reference' })
    issuer = registry ?? ''
  } else if (kind) {
    issuer = readText(fieldProblems, 'issuer', input.issuer, MAX_ISSUER)
  }
  const holderName =
    kind === 'practitioner-registration'
      ? readText(fieldProblems, 'holderName', input.holderName, MAX_HOLDER)
      : null
  const scope = readText(fieldProblems, 'scope', input.scope, MAX_SCOPE, true)
  problems.unshift(...fieldProblems)
  // An accreditation certificate always states its period; the others may not.
  const validFrom = readDate(problems, input, 'validFrom', kind === 'accreditation')
  const validTo = readDate(problems, input, 'validTo', kind === 'accreditation')
  if (validFrom && validTo && validFrom > validTo)
    problems.push({ code: 'credential.dates-order', field: 'validTo-day' })
  if (problems.length > 0 || !kind) return err(problems)
  return ok({ kind, issuer, reference, scope: scope === '' ? null : scope, holderName, validFrom, validTo })
}
