import { PDFDocument, rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib'
import { itemIds, type AlsfrsDomain } from '../../domain/alsfrs/items.ts'
import { summariseAlsfrs } from '../../domain/fhir/alsfrs-summary.ts'
import type { Answerer, CaseExport } from '../../domain/fhir/case-export.ts'
import { displayName, formatMoney } from '../../domain/i18n/format.ts'
import { localeInfo, type Locale } from '../../domain/i18n/locales.ts'
import type { CaseSummaryLabels } from './case-summary-labels.ts'
import { embedSummaryFonts } from './summary-fonts.ts'
import { paragraphDirection, visualRuns, type Direction, type VisualRun } from './visual-runs.ts'

// The patient's case as a readable A4 summary, from the same CaseExport (and
// the same domain/alsfrs scoring) as the FHIR Bundle.
//
// Fonts: DejaVu Sans, embedded (see summary-fonts.ts), so Latin, Greek,
// Cyrillic, Arabic and Hebrew print as written, and a line mixing directions
// is drawn in display order (visual-runs.ts). A character the font lacks is
// decomposed (a letter with an accent the font has not, to its base letter),
// and failing that printed as '?': Devanagari, Chinese and so on are not yet
// readable here, but the PDF never fails, and the FHIR export carries the
// real text.
//
// Dates are printed as ISO 'YYYY-MM-DD', which reads the same in every
// language the labels may be in.

const A4 = { width: 595.28, height: 841.89 }
const margin = 50
const bodySize = 10
const lineGap = 4
const labelWidth = 170

export async function renderCaseSummaryPdf(x: CaseExport, labels: CaseSummaryLabels): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false })
  const { regular, bold } = await embedSummaryFonts(pdf)
  // Metadata from the export, not the clock, so the same case renders the same bytes.
  pdf.setTitle(`${labels.title} ${x.reference}`, { showInWindowTitleBar: true })
  pdf.setSubject(x.reference)
  pdf.setProducer('Waypoint')
  pdf.setCreator('Waypoint')
  pdf.setCreationDate(x.exportedAt)
  pdf.setModificationDate(x.exportedAt)

  const w = new Writer(pdf, regular, bold, labels.direction)
  const L = labels
  const or = (value: string | undefined | null) => (value && value.trim() ? value : L.notProvided)
  const pick = <K extends string>(record: Partial<Record<K, string>>, key: K) => record[key] ?? key
  const nameOf = (type: 'region' | 'language', code: string) => {
    try {
      return displayName(L.locale, type, code)
    } catch {
      return code // not a code Intl knows: printed as stored rather than failing the export
    }
  }

  w.heading(L.heading(x.reference), 18)
  w.row(L.reference, x.reference, 'ltr')
  w.row(L.exportedAt, isoDateTime(x.exportedAt))
  w.row(L.caseStage, pick(L.values.stage, x.stage))

  const p = x.patient
  w.section(L.sections.patient)
  w.row(L.patient.name, p.name, 'auto')
  w.row(L.patient.birthDate, or(p.birthDate))
  w.row(L.patient.country, p.countryCode ? nameOf('region', p.countryCode) : L.notProvided)
  w.row(L.patient.language, p.language ? nameOf('language', p.language) : L.notProvided)
  // Contact details read left to right in every language, as they are dialled and typed.
  if (p.timeZone) w.row(L.patient.timeZone, p.timeZone, 'ltr')
  if (p.email) w.row(L.patient.email, p.email, 'ltr')
  if (p.phone) w.row(L.patient.phone, p.phone, 'ltr')
  // Whoever filled the case in for the patient, with their own contact details, labelled as theirs.
  const rep = x.actingFor
  if (rep) {
    w.section(L.sections.representative)
    w.row(L.patient.name, or(rep.name), 'auto')
    if (rep.relationship) w.row(L.patient.relationship, pick(L.values.relationship, rep.relationship))
    w.row(L.representative.authority, rep.authority ? L.values.authority[rep.authority] : L.notProvided)
    if (rep.email) w.row(L.representative.email, rep.email, 'ltr')
    if (rep.phone) w.row(L.representative.phone, rep.phone, 'ltr')
  }

  const c = x.condition
  const V = L.values
  w.section(L.sections.condition)
  w.row(L.condition.name, c.name, 'auto')
  w.row(L.condition.firstSymptoms, or(c.firstSymptomsDate))
  w.row(L.condition.diagnosisDate, or(c.diagnosisDate))
  if (c.onsetRegion) w.row(L.condition.onsetRegion, pick(V.onsetRegion, c.onsetRegion))
  if (c.diagnosticCategory)
    w.row(L.condition.diagnosticCategory, pick(V.diagnosticCategory, c.diagnosticCategory))
  if (c.genetics?.length)
    w.row(L.condition.genetics, c.genetics.map((g) => pick(V.genetics, g)).join(L.listSeparator))
  if (c.medicines?.length)
    w.row(L.condition.medicines, c.medicines.map((m) => pick(V.medicines, m)).join(L.listSeparator))
  if (c.otherMedicines?.trim()) w.row(L.condition.otherMedicines, c.otherMedicines, 'auto')
  if (c.breathingSupport) w.row(L.condition.breathingSupport, pick(V.breathingSupport, c.breathingSupport))
  if (c.feedingTube !== undefined) w.row(L.condition.feedingTube, c.feedingTube ? L.yes : L.no)
  if (c.fvc) w.row(L.condition.fvc, `${c.fvc.percentPredicted}% (${c.fvc.date})`)

  const summary = summariseAlsfrs(x)
  if (summary) {
    const A = L.alsfrs
    w.section(L.sections.alsfrs)
    w.row(A.assessedOn, summary.date)
    w.row(
      A.answeredBy,
      answerers(x)
        .map((by) => L.values.answeredBy[by])
        .join(L.titleSeparator), // the names hold commas themselves
    )
    w.tableHeader(A.item, A.score)
    for (const id of itemIds) {
      const answer = summary.answered.find((a) => a.id === id)
      if (answer) w.tableRow(`${id}. ${pick(V.alsfrsItem, id)}`, String(answer.value))
    }
    const score = summary.score
    if (score) {
      w.tableRow(A.total, String(score.total), true)
      w.gap()
      const domains = Object.keys(score.domains) as AlsfrsDomain[]
      w.row(
        A.domainSubscores,
        domains.map((d) => `${pick(V.alsfrsDomain, d)} ${score.domains[d]}`).join(L.listSeparator),
      )
      if (summary.kings) w.row(A.kingsStage, pick(V.kingsStage, summary.kings))
      if (summary.mitos) {
        const lost = summary.mitos.lost.map((d) => pick(V.mitosDomain, d)).join(L.listSeparator)
        w.row(
          A.mitosStage,
          lost ? `${summary.mitos.stage} (${A.mitosLost(lost)})` : String(summary.mitos.stage),
        )
      }
      if (summary.deltaFs !== null) {
        w.row(A.deltaFs, `${summary.deltaFs.toFixed(2)} ${A.pointsPerMonth}`)
        if (summary.progression) w.row(A.progression, pick(V.progression, summary.progression))
      }
    } else {
      w.gap()
      w.paragraph(A.notScored)
    }
  }

  const g = x.goals
  if (g) {
    const G = L.goals
    w.section(L.sections.goals)
    if (g.hopes?.trim()) w.row(G.hopes, g.hopes, 'auto')
    if (g.treatmentsOfInterest?.length) {
      w.row(
        G.treatmentsOfInterest,
        g.treatmentsOfInterest.map((t) => pick(V.treatment, t)).join(L.listSeparator),
      )
    }
    if (g.countries?.length) {
      w.row(G.countries, g.countries.map((code) => nameOf('region', code)).join(L.listSeparator))
    }
    if (g.budget) w.row(G.budget, money(L.locale, g.budget.amountMinor, g.budget.currency))
    if (g.travelFrom || g.travelTo) w.row(G.travelWindow, `${g.travelFrom ?? '…'} – ${g.travelTo ?? '…'}`)
    if (g.attendants !== undefined) w.row(G.attendants, String(g.attendants))
  }

  const D = L.documents
  w.section(L.sections.documents)
  if (x.documents.length === 0) w.paragraph(D.none)
  for (const d of x.documents) {
    w.subheading(d.title)
    if (d.recordType) w.row(D.recordType, pick(V.recordType, d.recordType))
    const kind = pick(V.documentKind, d.kind)
    w.row(D.kind, d.modality ? `${kind} (${d.modality})` : kind)
    w.row(D.size, fileSize(L.locale, d.sizeBytes))
    w.row(D.added, isoDate(d.createdAt))
    if (d.studyDate) w.row(D.studyDate, d.studyDate)
  }

  const C = L.consents
  const titles = new Map(x.documents.map((d) => [d.id, d.title]))
  w.section(L.sections.consents)
  // In a case filled in for someone else, every consent was given on their behalf (the patient is not a member).
  w.row(C.givenBy, L.values.answeredBy[x.actingFor ? 'representative' : 'patient'])
  const processing = x.consents.processing
  w.row(
    C.processing,
    processing
      ? `${C.processingGiven} ${isoDateTime(processing.givenAt)} (${C.version} ${processing.version})`
      : L.notProvided,
  )
  w.subheading(C.providers)
  if (x.consents.providers.length === 0) w.paragraph(C.noProviders)
  for (const share of x.consents.providers) {
    w.subheading(share.providerName)
    w.row(
      C.status,
      `${pick(V.consentStatus, share.status)}${L.listSeparator}${C.changedAt} ${isoDateTime(share.changedAt)}`,
    )
    if (share.sections.length)
      w.row(C.sharedSections, share.sections.map((s) => pick(V.section, s)).join(L.listSeparator))
    if (share.documentIds.length) {
      w.row(
        C.sharedDocuments,
        share.documentIds.map((id) => titles.get(id) ?? id).join(L.titleSeparator),
        'auto',
      )
    }
  }

  w.footers(L.pageOf)
  return pdf.save({ useObjectStreams: false })
}

/** Who answered the ALSFRS-R, each kind of person once, in questionnaire order. */
function answerers(x: CaseExport): Answerer['by'][] {
  const fallback: Answerer['by'] = x.actingFor ? 'representative' : 'patient'
  const answered = itemIds.filter((id) => x.alsfrs?.answers[id] !== undefined)
  return [...new Set(answered.map((id) => x.alsfrs?.answeredBy?.[id]?.by ?? fallback))]
}

/**
 * A wrapped line, with the direction of the paragraph it came from. The lines
 * of a paragraph that wraps keep a straight edge where each starts (`flush`),
 * whatever the document's direction; a one-line value stays by its label.
 */
type Line = { text: string; direction: Direction; flush?: Direction }
/** Our own words take the document's direction; what people typed takes its own (`auto`, like HTML's dir="auto"). */
type Dir = Direction | 'auto'

/** Lays text out top to bottom, wrapping lines and starting a new page when one fills. */
class Writer {
  private page: PDFPage
  private y = 0
  private readonly pdf: PDFDocument
  private readonly regular: PDFFont
  private readonly bold: PDFFont
  private readonly drawable: Set<number>
  /** The document's direction: a right-to-left summary is laid out as the mirror image of a left-to-right one. */
  private readonly direction: Direction

  constructor(pdf: PDFDocument, regular: PDFFont, bold: PDFFont, direction: Direction) {
    this.pdf = pdf
    this.regular = regular
    this.bold = bold
    this.direction = direction
    // What both weights can draw, so a line never depends on which it is set in.
    const inBold = new Set(bold.getCharacterSet())
    this.drawable = new Set(regular.getCharacterSet().filter((c) => inBold.has(c)))
    this.page = this.newPage()
  }

  heading(text: string, size: number) {
    this.lines(text, { font: this.bold, size, x: margin, width: A4.width - 2 * margin })
    this.y -= 8
  }

  section(title: string) {
    this.ensure(bodySize * 4)
    this.y -= 10
    this.lines(title, { font: this.bold, size: 13, x: margin, width: A4.width - 2 * margin })
    this.page.drawLine({
      start: { x: margin, y: this.y + 2 },
      end: { x: A4.width - margin, y: this.y + 2 },
      thickness: 0.5,
      color: rgb(0.6, 0.6, 0.6),
    })
    this.y -= 6
  }

  /** A document's or a provider's name. */
  subheading(text: string) {
    this.ensure(bodySize * 3)
    this.y -= 4
    this.lines(text, { font: this.bold, size: bodySize + 1, x: margin, width: A4.width - 2 * margin }, 'auto')
  }

  paragraph(text: string) {
    this.lines(text, { font: this.regular, size: bodySize, x: margin, width: A4.width - 2 * margin })
  }

  gap() {
    this.y -= lineGap * 2
  }

  /** A label and its value side by side; either may wrap, and the row moves to a new page whole when it can. */
  row(label: string, value: string, valueDirection: Dir = this.direction) {
    const labelLines = this.wrap(label, this.bold, bodySize, labelWidth - 10)
    const valueWidth = A4.width - 2 * margin - labelWidth
    const valueLines = this.wrap(value, this.regular, bodySize, valueWidth, valueDirection)
    const count = Math.max(labelLines.length, valueLines.length)
    const lineHeight = bodySize + lineGap
    if (count * lineHeight <= A4.height - 2 * margin) this.ensure(count * lineHeight)
    for (let i = 0; i < count; i++) {
      this.ensure(lineHeight)
      this.y -= bodySize
      const l = labelLines[i]
      const v = valueLines[i]
      if (l) this.draw(l, { x: margin, width: labelWidth - 10, size: bodySize, font: this.bold })
      if (v) this.draw(v, { x: margin + labelWidth, width: valueWidth, size: bodySize, font: this.regular })
      this.y -= lineGap
    }
  }

  tableHeader(left: string, right: string) {
    this.tableRow(left, right, true)
  }

  tableRow(left: string, right: string, strong = false) {
    const font = strong ? this.bold : this.regular
    const width = A4.width - 2 * margin - 80
    const lines = this.wrap(left, font, bodySize, width)
    this.ensure(lines.length * (bodySize + lineGap))
    lines.forEach((line, i) => {
      this.y -= bodySize
      this.draw(line, { x: margin, width, size: bodySize, font })
      if (i === 0) {
        const score = this.lineOf(right)
        this.draw(score, { x: margin, width: A4.width - 2 * margin, size: bodySize, font, atEnd: true })
      }
      this.y -= lineGap
    })
    this.page.drawLine({
      start: { x: margin, y: this.y + 1 },
      end: { x: A4.width - margin, y: this.y + 1 },
      thickness: 0.25,
      color: rgb(0.8, 0.8, 0.8),
    })
  }

  /** "Page 1 of 3" on every page, once the page count is known. */
  footers(pageOf: (page: number, pages: number) => string) {
    const pages = this.pdf.getPages()
    pages.forEach((page, i) => {
      this.draw(this.lineOf(pageOf(i + 1, pages.length)), {
        page,
        x: margin,
        width: A4.width - 2 * margin,
        atEnd: true,
        y: margin / 2,
        size: 8,
        font: this.regular,
        color: rgb(0.4, 0.4, 0.4),
      })
    })
  }

  /** Our text that is drawn whole, unwrapped. */
  private lineOf(text: string): Line {
    return { text: this.drawableText(text), direction: this.direction }
  }

  private lines(
    text: string,
    o: { font: PDFFont; size: number; x: number; width: number },
    direction: Dir = this.direction,
  ) {
    for (const line of this.wrap(text, o.font, o.size, o.width, direction)) {
      this.ensure(o.size + lineGap)
      this.y -= o.size
      this.draw(line, o)
      this.y -= lineGap
    }
  }

  /**
   * One line in its column (`x` and `width` as in a left-to-right summary,
   * mirrored in a right-to-left one), its runs left to right in display
   * order. It sits at the column's start side, or at its end side (`atEnd`,
   * for scores and page numbers); a wrapped paragraph's lines sit at the
   * side its own direction starts from. On this page at the current line
   * unless told.
   */
  private draw(
    line: Line,
    o: {
      x: number
      width: number
      atEnd?: boolean
      size: number
      font: PDFFont
      page?: PDFPage
      y?: number
      color?: Color
    },
  ) {
    const page = o.page ?? this.page
    const rtl = this.direction === 'rtl'
    const left = rtl ? A4.width - o.x - o.width : o.x
    const start: Direction = line.flush ?? this.direction
    const side = o.atEnd ? (rtl ? 'ltr' : 'rtl') : start // the side a line of that direction starts from
    const runs = visualRuns(line.text, line.direction)
    let x = side === 'ltr' ? left : left + o.width - measure(runs, o.font, o.size)
    for (const run of runs) {
      page.drawText(run.text, { x, y: o.y ?? this.y, size: o.size, font: o.font, color: o.color })
      x += o.font.widthOfTextAtSize(run.text, o.size)
    }
  }

  private ensure(height: number) {
    if (this.y - height < margin) this.page = this.newPage()
  }

  private newPage(): PDFPage {
    const page = this.pdf.addPage([A4.width, A4.height])
    this.y = A4.height - margin
    return page
  }

  /** Text reduced to what the font can draw (see the note at the top of the file). */
  drawableText(text: string): string {
    let out = ''
    for (const ch of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
      const cp = ch.codePointAt(0)!
      if (this.drawable.has(cp) || ch === '\n') {
        out += ch
        continue
      }
      if (/\p{Cf}/u.test(ch)) continue // an invisible mark (a bidi isolate, say) the font has no glyph for
      const base = [...ch.normalize('NFKD')].filter((d) => this.drawable.has(d.codePointAt(0)!)).join('')
      out += base || '?'
    }
    return out
  }

  /**
   * Greedy word wrap; a word longer than the line (a URL, a hash) is broken
   * by character. Words are measured one at a time: a space ends Arabic
   * joining, so a line is as wide as its words and spaces.
   */
  private wrap(text: string, font: PDFFont, size: number, width: number, dir: Dir = this.direction): Line[] {
    const out: Line[] = []
    const space = font.widthOfTextAtSize(' ', size)
    for (const paragraph of this.drawableText(text).split(/\r?\n/)) {
      const direction = dir === 'auto' ? paragraphDirection(paragraph, this.direction) : dir
      const widthOf = (word: string) => measure(visualRuns(word, direction), font, size)
      const lines: Line[] = []
      const push = (line: string) => lines.push({ text: line, direction })
      let line = ''
      let lineWidth = 0
      for (const word of paragraph.split(/ +/)) {
        const wordWidth = widthOf(word)
        const candidate = line ? lineWidth + space + wordWidth : wordWidth
        if (candidate <= width) {
          line = line ? `${line} ${word}` : word
          lineWidth = candidate
          continue
        }
        if (line) push(line)
        let rest = [...word] // by code point, so a character outside the BMP is never cut in two
        let restWidth = wordWidth
        while (restWidth > width && rest.length > 1) {
          // The longest start that fits, and at least one character.
          let lo = 1
          let hi = rest.length - 1
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1
            if (widthOf(rest.slice(0, mid).join('')) <= width) lo = mid
            else hi = mid - 1
          }
          push(rest.slice(0, lo).join(''))
          rest = rest.slice(lo)
          restWidth = widthOf(rest.join(''))
        }
        line = rest.join('')
        lineWidth = restWidth
      }
      push(line)
      const flush = lines.length > 1 ? direction : undefined
      out.push(...lines.map((l) => ({ ...l, flush })))
    }
    return out
  }
}

/** A line's width as drawn: run by run, because a run is shaped in its own script (joined Arabic is narrower). */
const measure = (runs: VisualRun[], font: PDFFont, size: number) =>
  runs.reduce((sum, run) => sum + font.widthOfTextAtSize(run.text, size), 0)

const isoDate = (d: Date) => d.toISOString().slice(0, 10)
const isoDateTime = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`

function fileSize(locale: Locale, bytes: number): string {
  const [value, unit, digits] =
    bytes < 1024
      ? [bytes, 'byte', 0]
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte', 0]
        : [bytes / (1024 * 1024), 'megabyte', 1]
  return new Intl.NumberFormat(localeInfo[locale].intl, {
    style: 'unit',
    unit,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

function money(locale: Locale, amountMinor: number, currency: string): string {
  try {
    return formatMoney(locale, amountMinor, currency)
  } catch {
    // An unknown currency code: print it with two decimals rather than fail the export.
    return `${(amountMinor / 100).toFixed(2)} ${currency}`
  }
}
