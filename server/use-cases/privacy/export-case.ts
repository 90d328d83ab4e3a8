import { caseToFhirBundle } from '#domain/fhir/case-bundle.ts'
import type { CaseExport } from '#domain/fhir/case-export.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { mediaTypes, type DocumentKind } from '#domain/documents/document-kinds.ts'
import { toCaseExport } from '#domain/intake/to-case-export.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { SessionUser } from '../../auth/session.ts'
import { renderCaseSummaryPdf } from '../../exports/case-summary-pdf.ts'
import { caseSummaryLabels } from '../../exports/case-summary-labels.ts'
import type { Runtime } from '../../runtime.ts'
import { answersOf, chosenOffers, type MemberCase } from '../cases/case-records.ts'
import { listShares } from '../cases/consent.ts'
import { listCaseDocuments } from '../documents/case-documents.ts'

/** Everything in one case, as its members can take it away. The export itself is audited. */
async function buildExport(
  rt: Runtime,
  viewer: SessionUser,
  found: MemberCase,
  format: 'fhir' | 'pdf',
): Promise<CaseExport> {
  const [docs, shares, offers] = await Promise.all([
    listCaseDocuments(rt, found.row.id, found.key),
    listShares(rt, found.row.id),
    chosenOffers(rt.database.db, found.row.id),
  ])
  await appendAudit(rt.database.db, {
    actorUserId: viewer.id,
    action: 'case.exported',
    subjectType: 'case',
    subjectId: found.row.id,
    details: { format, as: 'member' },
  })
  return toCaseExport(
    answersOf(found.key, found.row),
    {
      caseId: found.row.id,
      reference: found.row.reference,
      exportedAt: new Date(),
      stage: found.row.stage,
      documents: docs.map((d) => ({
        id: d.id,
        kind: d.kind,
        contentType: mediaTypes[d.kind as DocumentKind] ?? 'application/octet-stream',
        sizeBytes: d.sizeBytes,
        sha256: d.sha256,
        title: d.meta.filename,
        createdAt: d.createdAt,
        studyDate: d.meta.studyDate,
        modality: d.meta.modality,
      })),
      consents: {
        processing: found.row.processingConsentAt
          ? { givenAt: found.row.processingConsentAt, version: found.row.processingConsentVersion ?? '' }
          : null,
        providers: shares
          .filter((s) => s.status !== 'not-shared')
          .map((s) => ({
            providerId: s.providerId,
            providerName: offers.find((o) => o.providerId === s.providerId)?.providerName ?? s.providerId,
            status: s.status === 'given' ? ('given' as const) : ('withdrawn' as const),
            changedAt: s.changedAt,
            documentIds: s.documentIds,
            sections: s.sections,
          })),
      },
    },
    { name: viewer.name, isRepresentative: found.member.role === 'representative' },
  )
}

export async function exportCaseFhir(rt: Runtime, viewer: SessionUser, found: MemberCase) {
  return caseToFhirBundle(await buildExport(rt, viewer, found, 'fhir'), { baseUrl: rt.config.publicUrl })
}

export async function exportCasePdf(
  rt: Runtime,
  viewer: SessionUser,
  found: MemberCase,
  locale: Locale,
): Promise<Uint8Array> {
  // In the viewer's language; the FHIR export carries the same facts as codes and every script exactly.
  return renderCaseSummaryPdf(await buildExport(rt, viewer, found, 'pdf'), caseSummaryLabels(locale))
}
