import { randomUUID } from 'node:crypto'
import { mediaTypes } from '#domain/documents/document-kinds.ts'
import {
  checkCredential,
  CREDENTIAL_DOCUMENT_MAX_BYTES,
  isCredentialDocumentKind,
  type CredentialProblem,
} from '#domain/review/credential-form.ts'
import { mayEditSubmissions, type OnboardingRefusal } from '#domain/review/onboarding-access.ts'
import type { ProviderId, UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { ingestDocument, type IngestedDocument, type UploadRefusal } from '../../documents/ingest.ts'
import { readMultipart, type MultipartError, type UploadedFile } from '../../documents/multipart.ts'
import { lockClinic, teamRoleOf } from '../../stores/clinic-team-store.ts'
import {
  insertCredential,
  insertPendingProviderDocument,
  markProviderDocumentAvailable,
  removeProviderDocument,
  updateCredential,
} from '../../stores/onboarding-store.ts'
import { cleanFilename } from '../documents/upload-documents.ts'

// A clinic adds or changes a credential with the document that proves it
// (issue 16). The form's fields come before its file, so they are checked
// before a byte is stored; the document then goes through the patients'
// pipeline (content sniffed, size capped, encrypted with its own data key):
// a pending row, the object, then the row available with the credential, in
// one transaction that is audited. A change puts the credential back to
// `pending` (ADR 0052).

export type CredentialRefusal =
  | CredentialProblem
  | OnboardingRefusal
  | { code: 'credential.document-missing'; field: 'file' }
  | { code: 'credential.document-type'; field: 'file' }
  | { code: 'credential.not-found' }
  | { code: UploadRefusal | MultipartError; field: 'file' }

type Stored = { id: string; storageKey: string; doc: IngestedDocument; fileName: string }
type FileOutcome = { stored: Stored } | { refused: CredentialRefusal[] }

export type CredentialFailure = { refusals: CredentialRefusal[]; fields: Record<string, string> }

export async function submitCredential(
  deps: Pick<CaseDeps, 'db' | 'clock' | 'storage' | 'keys' | 'limits'>,
  viewerId: UserId,
  providerId: ProviderId,
  request: Request,
): Promise<Result<{ credentialId: string; changed: boolean }, CredentialFailure>> {
  const role = await teamRoleOf(deps.db, viewerId, providerId)
  if (!role) return err({ refusals: [{ code: 'onboarding.not-found' }], fields: {} })
  if (!mayEditSubmissions(role)) return err({ refusals: [{ code: 'onboarding.not-allowed' }], fields: {} })

  const store = async (file: UploadedFile): Promise<FileOutcome> => {
    const id = randomUUID()
    const storageKey = `providers/${providerId}/${id}`
    const fileName = cleanFilename(file.filename)
    await insertPendingProviderDocument(deps.db, {
      id,
      providerId,
      uploadedByUserId: viewerId,
      storageKey,
      fileName,
    })
    const ingested = await ingestDocument(
      { storage: deps.storage, masterKey: deps.keys.master },
      file.stream,
      {
        storageKey,
        maxBytes: Math.min(deps.limits.fileBytes, CREDENTIAL_DOCUMENT_MAX_BYTES),
      },
    )
    if (!ingested.ok) {
      await removeProviderDocument(deps.db, id)
      return { refused: [{ code: ingested.error, field: 'file' }] }
    }
    if (!isCredentialDocumentKind(ingested.value.kind)) {
      await removeProviderDocument(deps.db, id)
      await deps.storage.delete(storageKey).catch(() => {})
      return { refused: [{ code: 'credential.document-type', field: 'file' }] }
    }
    return { stored: { id, storageKey, doc: ingested.value, fileName } }
  }

  const parsed = await readMultipart<FileOutcome>(
    request,
    async (file, fieldsSoFar) => {
      // Nothing is stored for a form that is wrong anyway.
      const checked = checkCredential(fieldsSoFar)
      return checked.ok ? store(file) : { refused: [] }
    },
    { files: 1 },
  )
  if (!parsed.ok) return err({ refusals: [{ code: parsed.error, field: 'file' }], fields: {} })
  const { fields, files } = parsed.value
  const outcome = files[0]
  const stored = outcome && 'stored' in outcome ? outcome.stored : null
  const discard = async () => {
    if (!stored) return
    await removeProviderDocument(deps.db, stored.id)
    await deps.storage.delete(stored.storageKey).catch(() => {})
  }
  const editing = fields['credential'] ? fields['credential'] : null
  const refusals: CredentialRefusal[] = []
  const checked = checkCredential(fields)
  if (!checked.ok) refusals.push(...checked.error)
  if (outcome && 'refused' in outcome) refusals.push(...outcome.refused)
  // A new credential needs its proof; a change may keep the document it has.
  else if (!outcome && !editing) refusals.push({ code: 'credential.document-missing', field: 'file' })
  if (!checked.ok || refusals.length > 0) {
    await discard()
    return err({ refusals, fields })
  }

  const c = checked.value
  const now = deps.clock.now()
  const credentialId = editing ?? randomUUID()
  const done = await deps.db.transaction(async (tx) => {
    if (!(await lockClinic(tx, providerId))) return false
    if (stored) {
      await markProviderDocumentAvailable(tx, stored.id, {
        contentType: mediaTypes[stored.doc.kind],
        sizeBytes: stored.doc.bytes,
        sha256: stored.doc.sha256,
        wrappedKey: stored.doc.wrappedKey,
        availableAt: now,
      })
    }
    const values = {
      kind: c.kind,
      issuer: c.issuer,
      reference: c.reference,
      scope: c.scope,
      holderName: c.holderName,
      validFrom: c.validFrom,
      validTo: c.validTo,
      submittedByUserId: viewerId,
      updatedAt: now,
      ...(stored ? { documentId: stored.id } : {}),
    }
    if (editing) {
      if (!(await updateCredential(tx, providerId, editing, values))) return false
    } else await insertCredential(tx, { id: credentialId, providerId, ...values, createdAt: now })
    await appendAudit(tx, {
      actorUserId: viewerId,
      action: editing ? 'credential.changed' : 'credential.submitted',
      subjectType: 'credential',
      subjectId: credentialId,
      details: { providerId, kind: c.kind, documentId: stored?.id ?? null, bytes: stored?.doc.bytes ?? null },
    })
    return true
  })
  if (!done) {
    await discard()
    return err({ refusals: [{ code: 'credential.not-found' }], fields })
  }
  return ok({ credentialId, changed: editing !== null })
}
