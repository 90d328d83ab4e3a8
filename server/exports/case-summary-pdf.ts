import { PDFDocument } from 'pdf-lib'
import { itemIds, type AlsfrsDomain } from '../../domain/alsfrs/items.ts'
import { summariseAlsfrs } from '../../domain/fhir/alsfrs-summary.ts'
import type { Answerer, CaseExport } from '../../domain/fhir/case-export.ts'
import { displayName, formatMoney } from '../../domain/i18n/format.ts'
import { localeInfo, type Locale } from '../../domain/i18n/locales.ts'
import type { CaseSummaryLabels } from './case-summary-labels.ts'
import { embedSummaryFonts } from './summary-fonts.ts'
import { Writer } from './pdf-writer.ts'

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
  w.row(L.condition.name, c.kind === 'als' ? L.condition.als : c.name, 'auto')
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
