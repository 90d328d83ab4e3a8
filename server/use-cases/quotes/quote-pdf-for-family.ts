import { providerSlug } from '#domain/review/clinic-application.ts'
import type { CalendarDate } from '#domain/shared/calendar-date.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import type { CaseId, QuoteId } from '#domain/shared/ids.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseContext } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { readCurrentQuotes } from '../../cases/quote-reads.ts'
import { renderQuotePdf } from '../../exports/quote-pdf.ts'

// A clinic's current quote on the case as a PDF the family keeps or forwards
// (issue 15): every line, the totals, the validity and Waypoint's fee, in the
// family's language. Null when the quote is not one of the case's current
// quotes (another case's, or replaced since). Taking it away is audited.
export async function quotePdfForFamily(
  deps: CaseDeps,
  ctx: CaseContext,
  quoteId: QuoteId,
  locale: Locale,
): Promise<{ pdf: Uint8Array; clinicName: string; fileName: string } | null> {
  const q = (await readCurrentQuotes(deps.db, ctx)).find((x) => x.quoteId === quoteId)
  if (!q) return null
  const pdf = await renderQuotePdf(
    {
      quote: {
        currency: q.currency,
        lines: q.lines,
        validUntil: q.validUntil as CalendarDate,
        timeZone: q.timeZone,
        inclusions: q.inclusions,
        exclusions: q.exclusions,
        totals: q.totals,
      },
      caseReference: ctx.row.reference,
      clinicName: q.providerName,
      doctor: {
        name: q.plan.doctor.name,
        registrationNumber: q.plan.doctor.registrationNumber,
        registrationCouncil: q.plan.doctor.registrationCouncil,
      },
      issuedAt: q.issuedAt,
    },
    locale,
  )
  await appendAudit(deps.db, {
    actorUserId: ctx.actor.userId,
    action: 'quote.exported',
    subjectType: 'case',
    subjectId: ctx.row.id as CaseId,
    requestId: ctx.requestId,
    details: { quoteId, format: 'pdf' },
  })
  // One file per clinic's quote: two downloads never take the same name.
  const fileName = `waypoint-${ctx.row.reference}-${providerSlug(q.providerName, quoteId.slice(0, 8))}.pdf`
  return { pdf, clinicName: q.providerName, fileName }
}
