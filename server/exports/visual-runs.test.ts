import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paragraphDirection, visualRuns } from './visual-runs.ts'

const texts = (line: string) => visualRuns(line).map((r) => r.text)

describe('visualRuns', () => {
  it('leaves left-to-right text as one run', () => {
    expect(visualRuns('Zoë Ñúñez — Ελένη Пётр (WP-7K3M9Q)')).toEqual([
      { text: 'Zoë Ñúñez — Ελένη Пётр (WP-7K3M9Q)', rightToLeft: false },
    ])
    expect(visualRuns('')).toEqual([])
  })

  it('keeps an Arabic name in place inside an English line, in reading order for the shaper', () => {
    expect(visualRuns('Name: مريم الحسن, age 52')).toEqual([
      { text: 'Name: ', rightToLeft: false },
      { text: 'مريم الحسن', rightToLeft: true },
      { text: ', age 52', rightToLeft: false },
    ])
  })

  it('puts the runs of a right-to-left line in display order, numbers still read left to right', () => {
    // Read right to left: "summary", then the reference.
    expect(texts('ملخص الحالة: WP-2026-0001')).toEqual(['WP-2026-0001', 'ملخص الحالة: '])
    expect(texts('سعر 12345 تقريبا')).toEqual([' تقريبا', '12345', 'سعر '])
  })

  it('mirrors brackets in right-to-left runs, and reverses a run the shaper would not', () => {
    // "(1)" after a Hebrew word: the opening bracket comes first in reading
    // order, so it is drawn rightmost, as a closing shape.
    expect(texts('שלום (1)')).toEqual(['(', '1', 'שלום )'])
    expect(texts('مريم (أم)')).toEqual(['مريم )أم('])
    // Punctuation between numbers in a right-to-left line reads right to left too.
    expect(texts('مريم 12 -: 34')).toEqual(['34', ' :- ', '12', 'مريم '])
  })

  it('hands Arabic-Indic digits to the shaper reversed, since it would lay them out right to left', () => {
    // "dose 50 mg" in Arabic with Arabic-Indic digits: the number still reads left to right.
    expect(visualRuns('جرعة ٥٠ ملغ')).toEqual([
      { text: ' ملغ', rightToLeft: true },
      { text: '٠٥', rightToLeft: false },
      { text: 'جرعة ', rightToLeft: true },
    ])
  })

  it('takes an emoji as neutral, not as a left-to-right letter', () => {
    expect(paragraphDirection('😀 أتمنى الشفاء')).toBe('rtl')
    // One right-to-left run: the shaper puts the emoji at its right, where the line starts.
    expect(texts('😀 أتمنى الشفاء')).toEqual(['😀 أتمنى الشفاء'])
    expect(paragraphDirection('2027-04-01', 'rtl')).toBe('rtl')
  })

  it('draws every character once, whatever the mix of directions', () => {
    const pieces = fc.constantFrom('abc', ' ', '12', 'مريم', 'שלום', ', ', '-', 'Пётр', ':', '.')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const line = parts.join('')
        const drawn = texts(line).join('')
        expect([...drawn].sort()).toEqual([...line].sort())
      }),
    )
  })

  it('keeps an isolated amount one left-to-right run in an Arabic line, and draws no isolate', () => {
    expect(visualRuns('\u206612,500.50 US$\u2069', 'rtl')).toEqual([
      { text: '12,500.50 US$', rightToLeft: false },
    ])
    // Without the isolate the symbol would float to the other end: "$US 12,500.50".
    expect(
      visualRuns('12,500.50 US$', 'rtl')
        .map((r) => r.text)
        .join(''),
    ).toBe('$US 12,500.50')
  })
})
