import { caseToFhirBundle } from '#domain/fhir/case-bundle.ts'
import type { CaseExport } from '#domain/fhir/case-export.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { mediaTypes, type DocumentKind } from '#domain/documents/document-kinds.ts'
import { toCaseExport } from '#domain/intake/to-case-export.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { renderCaseSummaryPdf } from '../../exports/case-summary-pdf.ts'
import { caseSummaryLabels } from '../../exports/case-summary-labels.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import { readChosenOffers, readDocuments, readShares } from '../../cases/case-reads.ts'
import { consultationOf, consultationsOfCase, slotOf } from '../../stores/consultation-store.ts'
import { referralsOfCase } from '../../stores/referral-store.ts'
import { readCurrentQuotes } from '../../cases/quote-reads.ts'
import type { CalendarDate } from '#domain/shared/calendar-date.ts'
import { quoteStandingOf } from '#domain/fhir/quote-contract.ts'
import { exportedTreatment } from '#domain/fhir/treatment-resources.ts'
import { readCourse } from '../treatment/treatment-course.ts'

/** Everything in one case, as its members can take it away. The export itself is audited. */
async function buildExport(deps: CaseDeps, ctx: CaseContext, format: 'fhir' | 'pdf'): Promise<CaseExport> {
  const caseId = ctx.row.id as CaseId
  const [docs, shares, offers, referrals, consultations, quotes, course] = await Promise.all([
    readDocuments(deps.db, ctx),
    readShares(deps.db, caseId),
    readChosenOffers(deps.db, caseId),
    referralsOfCase(deps.db, caseId),
    consultationsOfCase(deps.db, caseId),
    readCurrentQuotes(deps.db, ctx),
    readCourse(deps, ctx),
  ])
  await appendAudit(deps.db, {
    actorUserId: ctx.actor.userId,
    action: 'case.exported',
    subjectType: 'case',
    subjectId: caseId,
    details: { format, as: 'member' },
  })
  return toCaseExport(
    ctx.answers(),
    {
      caseId,
      reference: ctx.row.reference,
      exportedAt: deps.clock.now(),
      stage: ctx.row.stage,
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
        ...(d.meta.type ? { recordType: d.meta.type } : {}),
      })),
      consents: {
        processing: ctx.row.processingConsentAt
          ? { givenAt: ctx.row.processingConsentAt, version: ctx.row.processingConsentVersion ?? '' }
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
      referrals: referrals.map(({ row, providerName }) => ({
        id: row.id,
        providerId: row.providerId,
        providerName,
        status: row.status,
        sentAt: row.createdAt,
      })),
      consultations: consultations.map(({ c, slot, providerName }) => ({
        consultation: consultationOf(c),
        slot: slotOf(slot),
        providerName,
        referralId: c.referralId,
        bookedAt: c.createdAt,
      })),
      quotes: quotes.map((q) => ({
        id: q.quoteId,
        referralId: q.referralId,
        providerId: q.providerId,
        providerName: q.providerName,
        quote: {
          currency: q.currency,
          lines: q.lines,
          validUntil: q.validUntil as CalendarDate,
          timeZone: q.timeZone,
          inclusions: q.inclusions,
          exclusions: q.exclusions,
          totals: q.totals,
        },
        standing: quoteStandingOf(q.acceptedAt, q.referralStatus),
        issuedAt: q.issuedAt,
      })),
      treatment: exportedTreatment(course),
    },
    { name: ctx.actor.name, role: ctx.actor.member?.role ?? null },
  )
}

export async function exportCaseFhir(deps: CaseDeps, ctx: CaseContext) {
  return caseToFhirBundle(await buildExport(deps, ctx, 'fhir'), { baseUrl: deps.notify.publicUrl })
}

export async function exportCasePdf(deps: CaseDeps, ctx: CaseContext, locale: Locale): Promise<Uint8Array> {
  // In the viewer's language; the FHIR export carries the same facts as codes and every script exactly.
  return renderCaseSummaryPdf(await buildExport(deps, ctx, 'pdf'), caseSummaryLabels(locale))
}
