import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib'

// Reading back the text our PDFs draw, as a reader copying it would: each
// piece decoded through its font's ToUnicode map, placed where it starts.

const streamText = (s: PDFRawStream) => new TextDecoder('latin1').decode(decodePDFRawStream(s).decode())
const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))

/** A font's glyph-to-text map, from the ToUnicode CMap a reader uses to copy or search text. */
function toUnicode(page: PDFPage, resource: string): Map<string, string> {
  const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict)
  const font = fonts.lookup(PDFName.of(resource), PDFDict)
  const cmap = streamText(font.context.lookup(font.get(PDFName.of('ToUnicode'))) as PDFRawStream)
  return new Map(
    [...cmap.matchAll(/<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>/g)].map(([, gid, u]) => [gid!, utf16(u!)]),
  )
}

export type Piece = { x: number; y: number; text: string }

/** Every piece of text drawn on a page, with where it starts, decoded through its font's ToUnicode map. */
export function pieces(page: PDFPage): Piece[] {
  const contents = page.node.Contents()
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
  const ops = refs
    .map((r) => (r instanceof PDFRef ? page.doc.context.lookup(r) : r))
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map(streamText)
    .join('\n')
  let map = new Map<string, string>()
  let at = { x: 0, y: 0 }
  const out: Piece[] = []
  for (const [, font, x, y, hex] of ops.matchAll(
    /\/(\S+) [\d.]+ Tf|1 0 0 1 (\S+) (\S+) Tm|<([0-9A-Fa-f]*)> Tj/g,
  )) {
    if (font) map = toUnicode(page, font)
    else if (x) at = { x: Number(x), y: Number(y) }
    else {
      const text = (hex!.match(/.{4}/g) ?? []).map((gid) => map.get(gid.toUpperCase()) ?? '\uFFFD').join('')
      out.push({ ...at, text })
    }
  }
  return out
}

/**
 * The text on a page as it sits there: each line's pieces left to right (so
 * right-to-left text reads reversed here), lines top to bottom.
 */
export function pageText(page: PDFPage): string {
  const lines = new Map<number, Piece[]>()
  for (const p of pieces(page)) lines.set(p.y, [...(lines.get(p.y) ?? []), p])
  return [...lines.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((p) => p.text)
        .join(''),
    )
    .join('\n')
}

/** Right-to-left text as pageText reads it: in display order, so reversed. */
export const reversed = (s: string) => [...s].reverse().join('')
