import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { aMinimalCaseExport, anAlsCaseExport } from '../../domain/fhir/case-export-examples.ts'
import { englishCaseSummaryLabels } from './case-summary-labels.ts'
import { renderCaseSummaryPdf } from './case-summary-pdf.ts'

const labels = englishCaseSummaryLabels

/** The text drawn on a page: pdf-lib writes standard-font text as hex strings in Flate-compressed content streams. */
function pageText(page: PDFPage): string {
  const contents = page.node.Contents()
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
  const streams = refs
    .map((r) => (r instanceof PDFRef ? page.doc.context.lookup(r) : r))
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
  const ops = streams.map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s).decode())).join('\n')
  return [...ops.matchAll(/<([0-9A-Fa-f]*)> Tj/g)]
    .map(([, hex]) => (hex!.match(/../g) ?? []).map((h) => winAnsi(parseInt(h, 16))).join(''))
    .join('\n')
}

/** WinAnsi is Latin-1 except in 0x80–0x9F; only the punctuation these tests print is mapped. */
const winAnsi = (byte: number) =>
  ({ 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—' })[byte] ??
  String.fromCharCode(byte)

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
      '(Delta FS)', // Δ is not in WinAnsi, so it is spelled out
      'Apollo Hospitals, Chennai',
      'Charité – Universitätsmedizin Berlin',
      'MRI brain and cervical spine',
      '15000.00 GBP',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('says when the questionnaire cannot be scored instead of inventing a total', async () => {
    const { text } = await render(anAlsCaseExport({ alsfrs: { date: '2025-03-01', answers: { '1': 2 } } }))
    expect(text).toContain(labels.alsfrs.notScored)
    expect(text).not.toContain('Total (0–48)')
  })

  it('renders a minimal case', async () => {
    const { text } = await render(aMinimalCaseExport())
    expect(text).toContain('Hereditary spastic paraplegia')
    expect(text).toContain(labels.documents.none)
  })

  it('does not throw on scripts Helvetica cannot draw, printing ? for each letter', async () => {
    const x = anAlsCaseExport({ reference: 'WP-AR4B1C', patient: { name: 'مريم الحسن' } })
    const { doc, text } = await render(x)
    expect(text).toContain('???? ?????')
    expect(doc.getTitle()).toBe('Case summary WP-AR4B1C')
    const cjk = await render(anAlsCaseExport({ goals: { hopes: '希望能继续走路 😀 naïve' } }))
    expect(cjk.text).toContain('naïve')
  })

  it('wraps long text and continues on new pages with numbered footers', async () => {
    const hopes = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')
    const longWord = 'x'.repeat(500)
    const { doc, text } = await render(anAlsCaseExport({ goals: { hopes: `${hopes}\n${longWord}` } }))
    expect(doc.getPageCount()).toBeGreaterThan(1)
    expect(text).toContain(`Page 1 of ${doc.getPageCount()}`)
    expect(text).toContain('word399')
    // No drawn line is wider than the page could hold.
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(120)
  })

  it('renders the same bytes for the same case', async () => {
    const a = await renderCaseSummaryPdf(anAlsCaseExport(), labels)
    const b = await renderCaseSummaryPdf(anAlsCaseExport(), labels)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })
})
