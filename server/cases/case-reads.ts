import { nextStepAfterSending, providerProgress, type ProviderProgress } from '#domain/cases/after-sending.ts'
import type { ShareStatus, ShareableSection } from '#domain/cases/case-consent.ts'
import { needsEvidenceAcknowledgement } from '#domain/cases/evidence-acknowledgement.ts'
import type { MemberRole, MemberStatus } from '#domain/cases/case-members.ts'
import type { DocumentKind } from '#domain/documents/document-kinds.ts'
import type { RecordType } from '#domain/documents/record-types.ts'
import type { IntakeState } from '#domain/intake/task-list.ts'
import type { Reason } from '#domain/listing/types.ts'
import type { ReferralStatus } from '#domain/referrals/referral.ts'
import type { CaseId, DocumentId, MemberId } from '#domain/shared/ids.ts'
import type { Db } from '../db/client.ts'
import { availableDocuments, countAvailable } from '../stores/document-store.ts'
import { pendingRevisionOf } from '../stores/quote-store.ts'
import { membersOf } from '../stores/member-store.ts'
import { messagesOf } from '../stores/message-store.ts'
import { chosenOfferRows } from '../stores/offer-choice-store.ts'
import { referralsOfCase } from '../stores/referral-store.ts'
import { sharesOf } from '../stores/share-store.ts'
import type { CaseContext } from './case-context.ts'
import { unseal } from './case-vault.ts'

// Read models of a case, built from its rows and unsealed with its key.
// Each audience's handle exposes only the reads that audience may make.
export type DocumentMeta = {
  filename: string
  studyDate?: string
  modality?: string
  files?: number
  /** What the family says the record is; absent until someone says. */
  type?: RecordType
  /**
   * A document the treating clinic issued (its invitation letter for the trip,
   * ADR 0061; its discharge summary), not one of the family's records: it stays.
   */
  issued?: 'invitation-letter' | 'discharge-summary'
}

export type CaseDocumentView = {
  id: DocumentId
  kind: DocumentKind
  sizeBytes: number
  sha256: string
  createdAt: Date
  messageId: string | null
  meta: DocumentMeta
}

export async function readDocuments(
  db: Db,
  ctx: CaseContext,
  onlyIds?: readonly string[],
): Promise<CaseDocumentView[]> {
  const rows = await availableDocuments(db, ctx.row.id as CaseId, onlyIds)
  return rows.map((r) => ({
    id: r.id as DocumentId,
    kind: r.kind as DocumentKind,
    sizeBytes: r.sizeBytes ?? 0,
    sha256: r.sha256 ?? '',
    createdAt: r.createdAt,
    messageId: r.messageId,
    meta: r.meta ? unseal<DocumentMeta>(ctx.key, r.meta) : { filename: 'document' },
  }))
}

export type MessageView = {
  id: string
  authorName: string
  side: 'patient' | 'coordinator'
  body: string
  createdAt: Date
}

export async function readMessages(db: Db, ctx: CaseContext): Promise<MessageView[]> {
  const rows = await messagesOf(db, ctx.row.id as CaseId)
  return rows.map(({ m, name }) => ({
    id: m.id,
    authorName: name ?? '—',
    side: m.authorSide,
    body: unseal<string>(ctx.key, m.body),
    createdAt: m.createdAt,
  }))
}

export type ChosenOffer = Awaited<ReturnType<typeof chosenOfferRows>>[number] & {
  needsAcknowledgement: boolean
  acknowledged: boolean
  warnings: Reason[]
}

export async function readChosenOffers(db: Db, caseId: CaseId): Promise<ChosenOffer[]> {
  const rows = await chosenOfferRows(db, caseId)
  return rows.map((r) => ({
    ...r,
    needsAcknowledgement: needsEvidenceAcknowledgement(r),
    acknowledged: r.evidenceAcknowledgedAt !== null,
    warnings: r.verdict === 'listable-with-warnings' ? (r.verdictReasons as Reason[]) : [],
  }))
}

export type ShareView = {
  providerId: string
  status: ShareStatus
  documentIds: string[]
  sections: ShareableSection[]
  changedAt: Date
}

export async function readShares(db: Db, caseId: CaseId): Promise<ShareView[]> {
  const rows = await sharesOf(db, caseId)
  return rows.map((s) => ({
    providerId: s.providerId,
    status: s.status,
    documentIds: s.documentIds,
    sections: s.sections as ShareableSection[],
    changedAt: s.changedAt,
  }))
}

export type MemberView = { id: MemberId; email: string; role: MemberRole; status: MemberStatus }

export async function readMembers(db: Db, caseId: CaseId): Promise<MemberView[]> {
  const rows = await membersOf(db, caseId)
  return rows.map((m) => ({ id: m.id as MemberId, email: m.email, role: m.role, status: m.status }))
}

/** What the task list needs: chosen offers (and whether their evidence was read), documents, consents. */
export async function readIntakeState(db: Db, ctx: CaseContext): Promise<IntakeState> {
  const caseId = ctx.row.id as CaseId
  const answers = ctx.answers()
  const [offers, documentCount, shares] = await Promise.all([
    readChosenOffers(db, caseId),
    countAvailable(db, caseId),
    sharesOf(db, caseId),
  ])
  return {
    answers,
    offers: offers.map((o) => ({
      offerId: o.offerId,
      providerId: o.providerId,
      needsAcknowledgement: o.needsAcknowledgement,
      acknowledged: o.acknowledged,
    })),
    helpMeChoose: answers['help-me-choose'] === 'yes',
    documentCount,
    processingConsent: ctx.row.processingConsentAt !== null,
    decidedProviderIds: shares.map((s) => s.providerId),
  }
}

export type ProviderAfterSending = {
  providerId: string
  providerName: string
  offers: string[]
  progress: ProviderProgress
  /** Where the clinic stands, once the coordinator has sent it the case. */
  referral: ReferralStatus | null
}

/**
 * A sent case as its family follows it: each chosen provider (with the
 * offers chosen from it) and where it stands, and what happens next and by
 * when, decided in domain/cases/after-sending.ts.
 */
export async function readAfterSending(db: Db, ctx: CaseContext) {
  const caseId = ctx.row.id as CaseId
  const [offers, shares, referrals, planChange] = await Promise.all([
    readChosenOffers(db, caseId),
    readShares(db, caseId),
    referralsOfCase(db, caseId),
    pendingRevisionOf(db, caseId),
  ])
  const providers: ProviderAfterSending[] = []
  for (const o of offers) {
    let provider = providers.find((p) => p.providerId === o.providerId)
    if (!provider) {
      const share = shares.find((s) => s.providerId === o.providerId)?.status ?? null
      const sent = referrals.find((r) => r.row.providerId === o.providerId)?.row.status ?? null
      provider = {
        providerId: o.providerId,
        providerName: o.providerName,
        offers: [],
        progress: providerProgress(ctx.row.stage, share, sent !== null),
        referral: sent,
      }
      providers.push(provider)
    }
    provider.offers.push(o.title)
  }
  return {
    providers,
    next: nextStepAfterSending(
      ctx.row.stage,
      ctx.row.submittedAt,
      planChange !== null,
      referrals.map((r) => r.row.status as ReferralStatus),
    ),
  }
}
