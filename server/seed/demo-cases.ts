import { Readable } from 'node:stream'
import { eq, inArray } from 'drizzle-orm'
import type { IntakeAnswers } from '#domain/intake/questions.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { demoContent } from '../content/demo-content.ts'
import type { Db } from '../db/client.ts'
import { user } from '../db/schema/auth.ts'
import {
  caseDocument,
  caseMember,
  caseMessage,
  caseOffer,
  caseShare,
  patientCase,
  referral,
  referralEvent,
} from '../db/schema/cases.ts'
import { secondOpinion } from '../db/schema/second-opinions.ts'
import { newCaseKey, seal } from '../cases/case-vault.ts'
import { nameTokens } from '../cases/name-index.ts'
import { replaceNameTokens } from '../stores/queue-store.ts'
import { ingestDocument } from '../documents/ingest.ts'
import type { DocumentStorage } from '../documents/storage.ts'

// Demo cases (content/demo/cases.json), fictional like every demo record: the
// demo patient's draft and sent cases (the demo caregiver helps with both; the
// sent one is shared with the demo clinic), and another family's draft that
// nobody here may see. The ids are fixed so the access-matrix test can visit them.
const { draft, sent, routed, foreign } = demoContent.cases

/** A one-page PDF saying what it is: a fictional letter for the demo. */
function demoLetterPdf(text: string): Buffer {
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
  const accounts = demoContent.accounts.accounts
  const emails = { patient: accounts.patient?.email ?? '', caregiver: accounts.caregiver?.email ?? '' }
  const people = await db
    .select({ id: user.id, email: user.email })
    .from(user)
    .where(inArray(user.email, Object.values(emails)))
  const patient = people.find((p) => p.email === emails.patient)
  const caregiver = people.find((p) => p.email === emails.caregiver)
  if (!patient || !caregiver) return
  const person = { patient, caregiver }
  const [exists] = await db
    .select({ id: patientCase.id })
    .from(patientCase)
    .where(eq(patientCase.id, sent.id))
  if (exists) return

  const members = (c: typeof draft) =>
    c.members.map((who) => ({
      id: `${c.id}-${who}`,
      caseId: c.id,
      userId: person[who].id,
      email: person[who].email,
      role: who,
      status: 'active' as const,
    }))

  const keys = {
    draft: newCaseKey(vault.masterKey),
    sent: newCaseKey(vault.masterKey),
    routed: newCaseKey(vault.masterKey),
    foreign: newCaseKey(vault.masterKey),
  }
  const now = new Date()
  await db.insert(patientCase).values([
    {
      id: draft.id,
      reference: draft.reference,
      createdByUserId: draft.createdBy ? person[draft.createdBy].id : null,
      wrappedKey: keys.draft.wrapped,
      answers: seal(keys.draft.key, draft.answers as IntakeAnswers),
    },
    {
      id: sent.id,
      reference: sent.reference,
      createdByUserId: sent.createdBy ? person[sent.createdBy].id : null,
      stage: sent.stage as 'records-submitted',
      wrappedKey: keys.sent.wrapped,
      answers: seal(keys.sent.key, sent.answers as IntakeAnswers),
      processingConsentAt: now,
      processingConsentVersion: sent.processingConsentVersion ?? null,
      submittedAt: now,
    },
    {
      id: routed.id,
      reference: routed.reference,
      createdByUserId: routed.createdBy ? person[routed.createdBy].id : null,
      stage: routed.stage as 'records-submitted',
      wrappedKey: keys.routed.wrapped,
      answers: seal(keys.routed.key, routed.answers as IntakeAnswers),
      processingConsentAt: now,
      processingConsentVersion: routed.processingConsentVersion ?? null,
      submittedAt: now,
    },
    {
      id: foreign.id,
      reference: foreign.reference,
      wrappedKey: keys.foreign.wrapped,
      answers: seal(keys.foreign.key, foreign.answers as IntakeAnswers),
    },
  ])
  // The coordinator finds the demo families by name too (the blind index, ADR 0048).
  for (const c of [draft, sent, routed, foreign]) {
    const name = (c.answers as IntakeAnswers)['patient-name']
    if (typeof name === 'string')
      await replaceNameTokens(db, c.id as CaseId, nameTokens(vault.masterKey, name))
  }
  await db.insert(caseMember).values([...members(draft), ...members(sent), ...members(routed)])
  await db.insert(caseOffer).values(
    [sent, routed].flatMap((c) =>
      (c.offers ?? []).map((o, position) => ({
        caseId: c.id,
        offerId: o.offerId,
        position,
        ...('evidenceAcknowledged' in o && o.evidenceAcknowledged ? { evidenceAcknowledgedAt: now } : {}),
      })),
    ),
  )
  // The routed case: chosen and shared with two clinics, waiting for the coordinator to send it.
  for (const share of routed.shares ?? [])
    await db.insert(caseShare).values({
      caseId: routed.id,
      providerId: share.providerId,
      status: 'given',
      sections: share.sections,
      changedByUserId: person[share.changedBy].id,
    })

  const letter = sent.document
  let documentIds: string[] = []
  if (letter) {
    const storageKey = `${sent.id}/${letter.id}`
    await db.insert(caseDocument).values({ id: letter.id, caseId: sent.id, status: 'pending', storageKey })
    const stored = await ingestDocument(vault, Readable.from([demoLetterPdf(letter.text)]), {
      storageKey,
      maxBytes: 1024 * 1024,
    })
    if (stored.ok) {
      documentIds = [letter.id]
      await db
        .update(caseDocument)
        .set({
          status: 'available',
          kind: stored.value.kind,
          sizeBytes: stored.value.bytes,
          sha256: stored.value.sha256,
          wrappedKey: stored.value.wrappedKey,
          meta: seal(keys.sent.key, { filename: letter.filename }),
          uploadedByUserId: person[letter.uploadedBy].id,
          availableAt: now,
        })
        .where(eq(caseDocument.id, letter.id))
    }
  }
  if (sent.share) {
    await db.insert(caseShare).values({
      caseId: sent.id,
      providerId: sent.share.providerId,
      status: 'given',
      documentIds,
      sections: sent.share.sections,
      changedByUserId: person[sent.share.changedBy].id,
    })
    // Sent to the demo clinic, so its staff have a case to see: clinics see only referred cases.
    if (sent.share.referred) {
      const referralId = '0d3e7c52-5a1b-4c8e-9f00-0000000000e1'
      await db.insert(referral).values({
        id: referralId,
        caseId: sent.id,
        providerId: sent.share.providerId,
        status: 'sent',
        answerDueAt: new Date(now.getTime() + 3 * 24 * 60 * 60 * 1000),
        createdAt: now,
        statusChangedAt: now,
        updatedAt: now,
      })
      await db.insert(referralEvent).values({
        id: '0d3e7c52-5a1b-4c8e-9f00-0000000000e2',
        referralId,
        caseId: sent.id,
        type: 'referral.sent',
        actorRole: 'system',
        toStatus: 'sent',
        at: now,
      })
    }
  }
  for (const [i, m] of (sent.messages ?? []).entries()) {
    await db.insert(caseMessage).values({
      id: `${sent.id}-message-${i + 1}`,
      caseId: sent.id,
      authorUserId: person[m.author].id,
      authorSide: 'patient',
      body: seal(keys.sent.key, m.body),
    })
  }
  await seedDemoSecondOpinion(db, sent.id, person.patient.id)
}

/** The demo reviewing doctor, asked about the sent case with the family's agreement, so their pages have a case to show. */
async function seedDemoSecondOpinion(db: Db, caseId: string, decidedByUserId: string): Promise<void> {
  const email = demoContent.accounts.accounts.secondOpinionDoctor?.email
  const [doctor] = email ? await db.select({ id: user.id }).from(user).where(eq(user.email, email)) : []
  if (!doctor) return
  const now = new Date()
  await db.insert(secondOpinion).values({
    id: `${caseId}-second-opinion`,
    caseId,
    doctorUserId: doctor.id,
    decidedByUserId,
    status: 'agreed',
    requestedAt: now,
    decidedAt: now,
    updatedAt: now,
  })
}
