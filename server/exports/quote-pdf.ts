import { PDFDocument } from 'pdf-lib'
import { localeInfo, type Locale } from '../../domain/i18n/locales.ts'
import type { Quote } from '../../domain/quotes/check-quote.ts'
import { formatQuoteMoney } from '../../domain/quotes/format-quote-money.ts'
import { QUANTITY_SCALE } from '../../domain/quotes/quote-line.ts'
import { Writer } from './pdf-writer.ts'
import { quotePdfLabels } from './quote-pdf-labels.ts'
import { embedSummaryFonts } from './summary-fonts.ts'

// A clinic's quote as the family downloads it (issue 15): every line by
// category with its quantity, unit price and total, the total of each
// category, the clinic's total, Waypoint's fee as its own line and what the
// family pays, then what is and is not included, the validity date and the
// signing doctor. Printed by the case summary's writer and fonts, in the
// family's language, mirrored for Arabic. Amounts carry exactly their
// currency's decimals (formatQuoteMoney: JPY none, KWD three).
export type QuotePdfInput = {
  quote: Quote
  caseReference: string
  clinicName: string
  doctor: { name: string; registrationNumber: string; registrationCouncil: string }
  /** When the quote was issued: the PDF's dates, so the same quote renders the same bytes. */
  issuedAt: Date
}

export async function renderQuotePdf(x: QuotePdfInput, locale: Locale): Promise<Uint8Array> {
  const L = quotePdfLabels(locale)
  const q = x.quote
  const pdf = await PDFDocument.create({ updateMetadata: false })
  const { regular, bold } = await embedSummaryFonts(pdf)
  pdf.setTitle(`${L.title} ${x.caseReference}`, { showInWindowTitleBar: true })
  pdf.setSubject(x.caseReference)
  pdf.setProducer('Waypoint')
  pdf.setCreator('Waypoint')
  pdf.setCreationDate(x.issuedAt)
  pdf.setModificationDate(x.issuedAt)

  const w = new Writer(pdf, regular, bold, L.direction)
  const money = (m: Quote['totals']['overall']) => formatQuoteMoney(locale, m)
  const quantity = new Intl.NumberFormat(localeInfo[locale].intl, { maximumFractionDigits: 2 })

  w.heading(L.heading(x.caseReference), 18)
  // Names as the clinic wrote them take their own direction; codes read left to right everywhere.
  w.row(L.clinic, x.clinicName, 'auto')
  w.row(L.reference, x.caseReference, 'ltr')
  // Our sentence around the doctor's name: it reads in the page's direction.
  w.row(L.signedBy, L.doctor(x.doctor.name, x.doctor.registrationNumber, x.doctor.registrationCouncil))
  w.row(L.validUntil, L.validUntilValue(q.validUntil, q.timeZone))
  w.row(L.currency, q.currency, 'ltr')

  const C = L.columns
  w.section(L.sections.lines)
  w.amountsRow(C.item, [C.quantity, C.unitPrice, C.total], true)
  for (const { category } of q.totals.byCategory) {
    w.subheading(L.category[category])
    for (const line of q.lines.filter((l) => l.category === category)) {
      const what = category === 'waypoint-fee' ? L.fee : line.description
      w.amountsRow(
        what,
        [quantity.format(line.quantityHundredths / QUANTITY_SCALE), money(line.unitPrice), money(line.total)],
        false,
        'auto',
      )
    }
  }
  w.paragraph(L.feeNote)

  w.section(L.sections.totals)
  for (const { category, total } of q.totals.byCategory)
    if (category !== 'waypoint-fee') w.amountsRow(L.categoryTotal(L.category[category]), [money(total)])
  w.amountsRow(L.clinicTotal, [money(q.totals.clinic)], true)
  w.amountsRow(L.fee, [money(q.totals.fee)])
  w.amountsRow(L.overall, [money(q.totals.overall)], true)

  for (const [title, items] of [
    [L.sections.inclusions, q.inclusions],
    [L.sections.exclusions, q.exclusions],
  ] as const) {
    w.section(title)
    if (items.length === 0) w.paragraph(L.none)
    for (const item of items) w.bullet(item, 'auto')
  }

  w.footers(L.pageOf)
  return pdf.save({ useObjectStreams: false })
}
