// A PDF is read from its end: a reader finds `startxref` and the `%%EOF`
// marker in the last kilobyte, then the cross-reference table they point to.
// A file cut short (a download that stopped, a copy that failed) has neither,
// and no viewer can open it, so it is refused as incomplete.
export const PDF_END_BYTES = 1024

export type PdfEndRefusal = 'document.pdf-incomplete'

/** Whether the last bytes of a PDF end it properly: `startxref`, an offset, then `%%EOF`. */
export function pdfEndsProperly(tail: Uint8Array): boolean {
  const text = String.fromCharCode(...tail.subarray(Math.max(0, tail.length - PDF_END_BYTES)))
  return /startxref\s+\d+\s+%%EOF\s*$/.test(text)
}
