import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { pageText, pieces, reversed } from '#tests/support/pdf-text.ts'
import {
  aCaregiverFiledCaseExport,
  aMinimalCaseExport,
  anAlsCaseExport,
  aPatientFiledCaseExport,
} from '../../domain/fhir/case-export-examples.ts'
import { caseSummaryLabels } from './case-summary-labels.ts'
import { renderCaseSummaryPdf } from './case-summary-pdf.ts'

const labels = caseSummaryLabels('en')

async function render(x = anAlsCaseExport()) {
  const bytes = await renderCaseSummaryPdf(x, labels)
  const doc = await PDFDocument.load(bytes)
  return { bytes, doc, text: doc.getPages().map(pageText).join('\n') }
}

describe('renderCaseSummaryPdf', () => {
  it('renders a PDF that parses back, with the reference in its text and title', async () => {
    const { bytes, doc, text } = await render()
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-')
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1)
    expect(doc.getTitle()).toBe('Case summary WP-7K3M9Q')
    expect(text).toContain('WP-7K3M9Q')
    const [page] = doc.getPages()
    expect(page!.getSize()).toEqual({ width: 595.28, height: 841.89 })
  })

  it('shows the ALSFRS-R with its total, subscores, ΔFS and stages', async () => {
    const { text } = await render()
    for (const expected of [
      'Total (0–48)',
      '26',
      'Bulbar 10, Fine motor 4, Gross motor 3, Respiratory 9',
      '0.92 points per month',
      '4A (feeding tube)',
      '1 (Independence lost in: walking or self-care)',
      '(ΔFS)',
      'Apollo Hospitals, Chennai',
      'Charité – Universitätsmedizin Berlin',
      'MRI brain and cervical spine',
      '£15,000.00',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('says when the questionnaire cannot be scored instead of inventing a total', async () => {
    const { text } = await render(anAlsCaseExport({ alsfrs: { date: '2025-03-01', answers: { '1': 2 } } }))
    expect(text).toContain(labels.alsfrs.notScored)
    expect(text).not.toContain('Total (0–48)')
  })

  it('prints a country or language code Intl does not know as stored, instead of failing', async () => {
    const { text } = await render(
      anAlsCaseExport({
        patient: { name: 'A', countryCode: 'not-a-code', language: '12' },
        goals: { countries: ['??x'] },
      }),
    )
    expect(text).toContain('not-a-code')
    expect(text).toContain('??x')
  })

  it('renders a minimal case', async () => {
    const { text } = await render(aMinimalCaseExport())
    expect(text).toContain('Hereditary spastic paraplegia')
    expect(text).toContain(labels.documents.none)
  })

  it('prints Arabic, Cyrillic and Greek as written, each line in display order', async () => {
    const x = anAlsCaseExport({
      reference: 'WP-AR4B1C',
      patient: { name: 'مريم الحسن' },
      goals: { hopes: 'Пётр и Ελένη: أتمنى المشي (2027)' },
    })
    const { doc, text } = await render(x)
    expect(doc.getTitle()).toBe('Case summary WP-AR4B1C')
    // The label on the left, then the name's letters right to left.
    expect(text).toContain(`Name${reversed('مريم الحسن')}`)
    // A left-to-right paragraph: Russian and Greek first, then the Arabic
    // words right to left, followed (to their left) by the bracketed year,
    // digits as written and brackets facing the right way.
    expect(text).toContain(`Пётр и Ελένη: (2027) ${reversed('أتمنى المشي')}`)
  })

  it('speaks the viewer’s language: French labels and values', async () => {
    const bytes = await renderCaseSummaryPdf(anAlsCaseExport(), caseSummaryLabels('fr'))
    const doc = await PDFDocument.load(bytes)
    const text = doc.getPages().map(pageText).join('\n')
    expect(doc.getTitle()).toBe('Résumé du dossier WP-7K3M9Q')
    for (const expected of [
      'Résumé du dossier : WP-7K3M9Q',
      'Lien avec le patientFils ou fille',
      'Bras ou jambes (membres)',
      'Bulbaire 10, Motricité fine 4, Motricité globale 3, Respiratoire 9',
      '1 (Autonomie perdue pour : la marche ou les soins personnels)',
      `Page 1 sur ${doc.getPageCount()}`,
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('lays an Arabic summary out right to left: labels on the right, scores and page numbers on the left', async () => {
    const bytes = await renderCaseSummaryPdf(anAlsCaseExport(), caseSummaryLabels('ar'))
    const doc = await PDFDocument.load(bytes)
    const [first] = doc.getPages()
    const drawn = pieces(first!)
    const at = (text: string) => drawn.find((p) => p.text === reversed(text))
    const middle = first!.getWidth() / 2
    // (Words without the lam-alef ligature, whose one glyph reads in logical order.)
    const country = at('البلد')! // a label
    expect(country.x).toBeGreaterThan(middle)
    const value = drawn.find((p) => p.y === country.y && p.text === reversed('المملكة المتحدة'))!
    expect(value.x).toBeLessThan(country.x)
    // Item 2's score sits at the left edge, its name at the right.
    const saliva = drawn.find((p) => p.text.startsWith(reversed('اللعاب')))!
    expect(saliva.x).toBeGreaterThan(middle)
    const score = drawn.find((p) => p.y === saliva.y && p.text === '4')!
    expect(score.x).toBeLessThan(middle)
    // "Page 1 of 2", at the bottom left: "الصفحة 1 من 2" read right to left.
    const footer = drawn.filter((p) => p.y < 50)
    expect(Math.max(...footer.map((p) => p.x))).toBeLessThan(middle)
    expect(pageText(first!)).toContain(`${doc.getPageCount()}${reversed(' من ')}1${reversed('الصفحة ')}`)
  })

  it('keeps contact details, Arabic-Indic numbers and typed line breaks as written in an Arabic summary', async () => {
    const x = anAlsCaseExport({ goals: { hopes: 'جرعة ٥٠ ملغ\r\nسطر ثانٍ' } })
    const doc = await PDFDocument.load(await renderCaseSummaryPdf(x, caseSummaryLabels('ar')))
    const text = doc.getPages().map(pageText).join('\n')
    expect(text).toContain('+44 20 7946 0958')
    expect(text).toContain('arjun@example.com')
    // Read from the right: "dose", then 50 (digits left to right), then "mg".
    expect(text).toContain(`${reversed(' ملغ')}٥٠${reversed('جرعة ')}`)
    expect(text).toContain(reversed('سطر ثانٍ'))
    expect(text).not.toContain('?')
    // Country and language by name, in Arabic, and the condition.
    expect(text).toContain(reversed('المملكة المتحدة'))
    expect(text).toContain(reversed('التصلب الجانبي الضموري'))
    expect(text).not.toContain('Amyotrophic')
  })

  it('does not throw on scripts the font cannot draw, printing ? for each letter', async () => {
    const cjk = await render(anAlsCaseExport({ goals: { hopes: '希望能继续走路 naïve' } }))
    expect(cjk.text).toContain('??????? naïve')
  })

  it('wraps long text and continues on new pages with numbered footers', async () => {
    const hopes = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')
    const longWord = 'x'.repeat(500)
    const { doc, text } = await render(anAlsCaseExport({ goals: { hopes: `${hopes}\n${longWord}` } }))
    expect(doc.getPageCount()).toBeGreaterThan(1)
    expect(text).toContain(`Page 1 of ${doc.getPageCount()}`)
    expect(text).toContain('word399')
    // The unbreakable word is cut across lines, and not a character is lost.
    const cut = text.split('\n').filter((line) => /^x+$/.test(line))
    expect(cut.length).toBeGreaterThan(1)
    expect(cut.join('')).toBe(longWord)
    // No drawn line is wider than the page could hold.
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(120)
  })

  it('labels the contact details as the representative’s and says on what authority they act', async () => {
    const { text } = await render()
    expect(text).toContain('Representative’s emailarjun@example.com')
    expect(text).toContain('Representative’s phone+44 20 7946 0958')
    expect(text).not.toMatch(/^Email/m)
    expect(text).not.toMatch(/^Phone/m)
    expect(text).toContain('Acts for the patientWith the patient’s permission')
    const legal = await render(aCaregiverFiledCaseExport())
    expect(legal.text).toContain('Acts for the patientAs the patient’s legal representative')
  })

  it('says who answered the ALSFRS-R and who gave the consents', async () => {
    const son = await render()
    expect(son.text).toContain('Answered byThe representative, on the patient’s behalf')
    expect(son.text).toContain('Given byThe representative, on the patient’s behalf')
    const shared = await render(aCaregiverFiledCaseExport())
    expect(shared.text).toContain(
      'Answered byThe representative, on the patient’s behalf; A caregiver invited',
    )
    const herself = await render(aPatientFiledCaseExport())
    expect(herself.text).toContain('Answered byThe patient; A Waypoint coordinator')
    expect(herself.text).toContain('Given byThe patient')
    expect(herself.text).toContain('Emailmeera@example.com')
    expect(herself.text).not.toContain('Representative’s')
  })

  it('names every shared section in words, "About the patient" included', async () => {
    const { text } = await render()
    expect(text).toContain('About the patient')
    expect(text).not.toMatch(/\babout\b(?! the)/)
  })

  it('says it in the viewer’s language', async () => {
    const bytes = await renderCaseSummaryPdf(anAlsCaseExport(), caseSummaryLabels('fr'))
    const text = (await PDFDocument.load(bytes)).getPages().map(pageText).join('\n')
    expect(text).toContain('E-mail du représentantarjun@example.com')
    expect(text).toContain('Agit pour le patientAvec l’accord du patient')
    // The condition too, not left in English.
    expect(text).toContain('Sclérose latérale amyotrophique (SLA)')
    expect(text).not.toContain('Amyotrophic')
  })

  it('renders the same bytes for the same case', async () => {
    const a = await renderCaseSummaryPdf(anAlsCaseExport(), labels)
    const b = await renderCaseSummaryPdf(anAlsCaseExport(), labels)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })
})
