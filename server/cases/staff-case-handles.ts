import {
  providerMayReadDocument,
  providerMayReadSection,
  type CaseShare,
} from '#domain/cases/case-consent.ts'
import { availableCommands, type CaseCommand } from '#domain/cases/case-stages.ts'
import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { answersForProvider } from '#domain/intake/answers-for-provider.ts'
import type { CaseId, DocumentId } from '#domain/shared/ids.ts'
import { runCaseCommand } from '../use-cases/cases/transition-case.ts'
import { sendMessage } from '../use-cases/cases/messages.ts'
import { openCaseDocument } from '../use-cases/documents/case-documents.ts'
import type { CaseDeps } from './case-deps.ts'
import { summaryOf, type CaseContext } from './case-context.ts'
import { readChosenOffers, readDocuments, readMessages, readShares } from './case-reads.ts'

// The case as staff see it. The coordinator, the family's one point of
// contact, sees everything and moves the case along; a clinic sees exactly
// what the patient's consent names, checked on this very request.
export function coordinatorHandle(deps: CaseDeps, ctx: CaseContext) {
  const caseId = ctx.row.id as CaseId
  return {
    audience: 'coordinator' as const,
    case: summaryOf(ctx.row),
    commands: availableCommands(ctx.row.stage, 'coordinator'),
    answers: () => ctx.answers(),
    alsfrs: () => alsfrsSummary(ctx.answers()),
    chosenOffers: () => readChosenOffers(deps.db, caseId),
    documents: () => readDocuments(deps.db, ctx),
    shares: () => readShares(deps.db, caseId),
    messages: () => readMessages(deps.db, ctx),
    openDocument: (documentId: DocumentId) => openCaseDocument(deps, ctx, documentId, 'coordinator'),
    transition: (command: CaseCommand) => runCaseCommand(deps, ctx, command),
    sendMessage: (request: Request) => sendMessage(deps, ctx, 'coordinator', request),
  }
}

export function clinicHandle(deps: CaseDeps, ctx: CaseContext, share: CaseShare) {
  const answers = () => answersForProvider(ctx.answers(), share.sections)
  return {
    audience: 'clinic' as const,
    case: summaryOf(ctx.row),
    providerId: share.providerId,
    answers,
    alsfrs: () => (providerMayReadSection(share, 'alsfrs') ? alsfrsSummary(answers()) : null),
    documents: () => readDocuments(deps.db, ctx, share.documentIds),
    openDocument: (documentId: DocumentId) =>
      providerMayReadDocument(share, documentId)
        ? openCaseDocument(deps, ctx, documentId, 'clinic', { providerId: share.providerId })
        : Promise.resolve(null),
  }
}

export type CoordinatorCaseHandle = ReturnType<typeof coordinatorHandle>
export type ClinicCaseHandle = ReturnType<typeof clinicHandle>
