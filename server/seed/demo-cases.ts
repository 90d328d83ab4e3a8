import { Readable } from 'node:stream'
import { eq, inArray } from 'drizzle-orm'
import type { IntakeAnswers } from '#domain/intake/questions.ts'
import type { Db } from '../db/client.ts'
import { user } from '../db/schema/auth.ts'
import {
  caseDocument,
  caseMember,
  caseMessage,
  caseOffer,
  caseShare,
  patientCase,
} from '../db/schema/cases.ts'
import { newCaseKey, seal } from '../cases/case-vault.ts'
import { ingestDocument } from '../documents/ingest.ts'
import type { DocumentStorage } from '../documents/storage.ts'

// Demo cases, fictional like every demo record: the demo patient's draft and
// sent cases (the demo caregiver helps with both; the sent one is shared with
// the demo clinic), and another family's draft that nobody here may see.
// The ids are fixed so the access-matrix test can visit them.
export const demoCaseIds = {
  draft: '0d3e7c52-5a1b-4c8e-9f00-000000000001',
  sent: '0d3e7c52-5a1b-4c8e-9f00-000000000002',
  foreign: '0d3e7c52-5a1b-4c8e-9f00-00000000ffff',
  sentDocument: '0d3e7c52-5a1b-4c8e-9f00-0000000000d1',
}

const sentAnswers: IntakeAnswers = {
  'who-for': 'myself',
  'patient-name': 'Amira Haddad (demo)',
  'date-of-birth': '1968-04-12',
  country: 'JO',
  language: 'ar',
  'time-zone': 'Asia/Amman',
  contact: { method: 'email', detail: 'patient@demo.waypoint.example' },
  condition: 'als',
  'first-symptoms': '2025-03-01',
  'diagnosis-date': '2025-09-15',
  'onset-region': 'limb',
  'diagnostic-category': 'probable',
  genetics: ['unknown'],
  medicines: ['riluzole'],
  'breathing-support': 'none',
  'feeding-tube': 'no',
  fvc: { percent: '78', date: '2026-10-20' },
  'alsfrs-date': '2026-11-02',
  'alsfrs-1': '4',
  'alsfrs-2': '4',
  'alsfrs-3': '4',
  'alsfrs-4': '3',
  'alsfrs-5a': '3',
  'alsfrs-6': '3',
  'alsfrs-7': '3',
  'alsfrs-8': '2',
  'alsfrs-9': '2',
  'alsfrs-10': '4',
  'alsfrs-11': '4',
  'alsfrs-12': '4',
  hopes: 'A second opinion on my diagnosis and a plan for the next year.',
  'treatments-of-interest': ['assessment', 'clinical-trial'],
  'countries-of-interest': ['IN'],
  budget: {},
  'travel-window': {},
  attendants: '1',
  'help-me-choose': 'no',
}

/** A one-page PDF saying what it is: a fictional letter for the demo. */
function demoLetterPdf(): Buffer {
  const text = 'Demo referral letter (fictional). Not a real medical record.'
  const stream = `BT /F1 14 Tf 60 760 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export async function seedDemoCases(
  db: Db,
  vault: { masterKey: Buffer; storage: DocumentStorage },
): Promise<void> {
  const people = await db
    .select({ id: user.id, email: user.email })
    .from(user)
    .where(inArray(user.email, ['patient@demo.waypoint.example', 'caregiver@demo.waypoint.example']))
  const patient = people.find((p) => p.email.startsWith('patient@'))
  const caregiver = people.find((p) => p.email.startsWith('caregiver@'))
  if (!patient || !caregiver) return
  const [exists] = await db
    .select({ id: patientCase.id })
    .from(patientCase)
    .where(eq(patientCase.id, demoCaseIds.sent))
  if (exists) return

  const members = (caseId: string) => [
    {
      id: `${caseId}-patient`,
      caseId,
      userId: patient.id,
      email: patient.email,
      role: 'patient' as const,
      status: 'active' as const,
    },
    {
      id: `${caseId}-caregiver`,
      caseId,
      userId: caregiver.id,
      email: caregiver.email,
      role: 'caregiver' as const,
      status: 'active' as const,
    },
  ]

  const draft = newCaseKey(vault.masterKey)
  const sent = newCaseKey(vault.masterKey)
  const foreign = newCaseKey(vault.masterKey)
  const now = new Date()
  await db.insert(patientCase).values([
    {
      id: demoCaseIds.draft,
      reference: 'WP-DEMO01',
      createdByUserId: patient.id,
      wrappedKey: draft.wrapped,
      answers: seal(draft.key, { 'who-for': 'myself', 'patient-name': 'Amira Haddad (demo)' }),
    },
    {
      id: demoCaseIds.sent,
      reference: 'WP-DEMO02',
      createdByUserId: patient.id,
      stage: 'records-submitted',
      wrappedKey: sent.wrapped,
      answers: seal(sent.key, sentAnswers),
      processingConsentAt: now,
      processingConsentVersion: '2026-12-01',
      submittedAt: now,
    },
    {
      id: demoCaseIds.foreign,
      reference: 'WP-DEMO03',
      wrappedKey: foreign.wrapped,
      answers: seal(foreign.key, { 'who-for': 'myself', 'patient-name': 'Another demo family' }),
    },
  ])
  await db.insert(caseMember).values([...members(demoCaseIds.draft), ...members(demoCaseIds.sent)])
  await db.insert(caseOffer).values([
    { caseId: demoCaseIds.sent, offerId: 'offer-lotus-mdt', position: 0 },
    { caseId: demoCaseIds.sent, offerId: 'offer-lotus-trial', position: 1, evidenceAcknowledgedAt: now },
  ])

  const storageKey = `${demoCaseIds.sent}/${demoCaseIds.sentDocument}`
  await db
    .insert(caseDocument)
    .values({ id: demoCaseIds.sentDocument, caseId: demoCaseIds.sent, status: 'pending', storageKey })
  const stored = await ingestDocument(vault, Readable.from([demoLetterPdf()]), {
    storageKey,
    maxBytes: 1024 * 1024,
  })
  if (stored.ok) {
    await db
      .update(caseDocument)
      .set({
        status: 'available',
        kind: stored.value.kind,
        sizeBytes: stored.value.bytes,
        sha256: stored.value.sha256,
        wrappedKey: stored.value.wrappedKey,
        meta: seal(sent.key, { filename: 'demo-referral-letter.pdf' }),
        uploadedByUserId: caregiver.id,
        availableAt: now,
      })
      .where(eq(caseDocument.id, demoCaseIds.sentDocument))
  }
  await db.insert(caseShare).values({
    caseId: demoCaseIds.sent,
    providerId: 'demo-lotus-neuro',
    status: 'given',
    documentIds: stored.ok ? [demoCaseIds.sentDocument] : [],
    sections: ['about', 'condition', 'alsfrs'],
    changedByUserId: patient.id,
  })
  await db.insert(caseMessage).values({
    id: `${demoCaseIds.sent}-message-1`,
    caseId: demoCaseIds.sent,
    authorUserId: caregiver.id,
    authorSide: 'patient',
    body: seal(
      sent.key,
      'Hello, I am helping my mother with her case. We sent the letter from her neurologist.',
    ),
  })
}
