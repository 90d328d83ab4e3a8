import fontkit from '@pdf-lib/fontkit'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { PDFDocument, PDFFont } from 'pdf-lib'

// The case summary's fonts (ADR 0025). PDF's standard fonts draw WinAnsi only,
// so a name in Arabic or Cyrillic printed as '?'. DejaVu Sans draws Latin with
// its accents, Greek, Cyrillic, Arabic (with its joining forms) and Hebrew;
// only the glyphs a summary uses are embedded. Scripts it lacks (Devanagari,
// Chinese, emoji) are still reduced by the writer, never failing the export.

const resolvePackageFile = createRequire(import.meta.url).resolve
let files: { regular: Buffer; bold: Buffer } | null = null

/** Read once per process: the two files are about 1.5 MB together. */
function fontFiles() {
  files ??= {
    regular: readFileSync(resolvePackageFile('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(resolvePackageFile('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  }
  return files
}

export async function embedSummaryFonts(pdf: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  pdf.registerFontkit(fontkit)
  const { regular, bold } = fontFiles()
  // Fixed subset tags (six capitals and '+', as PDF names a subset) rather
  // than random ones: the same case renders the same bytes.
  return {
    regular: await pdf.embedFont(regular, { subset: true, customName: 'WPSUMR+DejaVuSans' }),
    bold: await pdf.embedFont(bold, { subset: true, customName: 'WPSUMB+DejaVuSans-Bold' }),
  }
}
