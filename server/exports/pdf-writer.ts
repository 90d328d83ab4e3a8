import { type PDFDocument, rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib'
import {
  isBidiControl,
  paragraphDirection,
  visualRuns,
  type Direction,
  type VisualRun,
} from './visual-runs.ts'

// The exports' page writer (ADR 0025): A4 pages top to bottom, an embedded
// font, lines wrapped and drawn in display order, a right-to-left document
// laid out as the mirror image of a left-to-right one. The case summary and
// the quote both print through it.

const A4 = { width: 595.28, height: 841.89 }
const margin = 50
const bodySize = 10
const lineGap = 4
const labelWidth = 170
/** Space kept before each amount in a priced row. */
const columnGap = 10

/** A priced table's columns: a quantity and two amounts, or amounts alone (totals). */
function amountColumns(count: number): number[] {
  return count === 3 ? [56, 108, 108] : Array.from({ length: count }, () => 130)
}

/**
 * A wrapped line, with the direction of the paragraph it came from. The lines
 * of a paragraph that wraps keep a straight edge where each starts (`flush`),
 * whatever the document's direction; a one-line value stays by its label.
 */
type Line = { text: string; direction: Direction; flush?: Direction }
/** Our own words take the document's direction; what people typed takes its own (`auto`, like HTML's dir="auto"). */
export type Dir = Direction | 'auto'

/** Lays text out top to bottom, wrapping lines and starting a new page when one fills. */
export class Writer {
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

  /**
   * A row of a priced table: text that wraps in the first column, then
   * amounts each in a fixed column at the end side, set right to left in
   * Arabic like the rest of the page. The header row uses the same columns.
   */
  amountsRow(text: string, amounts: readonly string[], strong = false, textDirection: Dir = this.direction) {
    const font = strong ? this.bold : this.regular
    const columns = amountColumns(amounts.length)
    const full = A4.width - 2 * margin
    const width = full - columns.reduce((a, b) => a + b, 0)
    const lines = this.wrap(text, font, bodySize, width - columnGap, textDirection)
    this.ensure(lines.length * (bodySize + lineGap))
    lines.forEach((line, i) => {
      this.y -= bodySize
      this.draw(line, { x: margin, width: width - columnGap, size: bodySize, font })
      if (i === 0) {
        let x = margin + width
        amounts.forEach((amount, a) => {
          const column = columns[a]!
          // A gap before each amount, so two never touch; one too long for its column is set smaller, never over its neighbour.
          const room = column - columnGap
          const drawn = this.lineOf(amount)
          const wide = measure(visualRuns(drawn.text, drawn.direction), font, bodySize)
          const size = wide > room ? Math.max(6, (bodySize * room) / wide) : bodySize
          this.draw(drawn, { x: x + columnGap, width: room, size, font, atEnd: true })
          x += column
        })
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

  /** An item of a list: a bullet, and the text wrapped beside it. */
  bullet(text: string, textDirection: Dir = this.direction) {
    const indent = 14
    const width = A4.width - 2 * margin - indent
    this.wrap(text, this.regular, bodySize, width, textDirection).forEach((line, i) => {
      this.ensure(bodySize + lineGap)
      this.y -= bodySize
      if (i === 0)
        this.draw(this.lineOf('•'), { x: margin, width: indent, size: bodySize, font: this.regular })
      this.draw(line, { x: margin + indent, width, size: bodySize, font: this.regular })
      this.y -= lineGap
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
      // Bidi marks steer the line's order and are left out of its runs (visual-runs.ts);
      // other invisible marks the font has no glyph for go now.
      if (isBidiControl(ch)) {
        out += ch
        continue
      }
      if (/\p{Cf}/u.test(ch)) continue
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
