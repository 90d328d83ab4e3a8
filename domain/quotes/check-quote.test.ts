import { describe, expect, test } from 'vitest'
import { checkQuote, type QuoteContext, type QuoteInput } from './check-quote.ts'
import type { QuoteLineInput } from './quote-line.ts'
import { quoteTotals } from './quote-totals.ts'
import type { CurrencyCode } from './currencies.ts'
import { waypointFeeMinor } from './waypoint-fee.ts'

// 14 March 2031, 20:00 UTC: still the 14th in London, already the 15th in Kolkata (UTC+5:30).
const now = new Date('2031-03-14T20:00:00Z')
const ctx: QuoteContext = { now, timeZone: 'Europe/London', locale: 'en', fee: { basisPoints: 800 } }

const lines: QuoteLineInput[] = [
  { category: 'hospital-stay', description: 'Ward, per night', quantity: '5', unitPrice: '300' },
  { category: 'procedure', description: 'Gastrostomy (PEG)', quantity: '1', unitPrice: '2,400.00' },
  { category: 'interpreter', description: 'Arabic interpreter, per hour', quantity: '1.5', unitPrice: '40' },
  { category: 'hospital-stay', description: 'Companion bed, per night', quantity: '5', unitPrice: '25.50' },
  { category: 'contingency', description: 'Unplanned tests', quantity: '', unitPrice: '500' },
]
const input = (over: Partial<QuoteInput> = {}): QuoteInput => ({
  currency: 'EUR',
  lines,
  validUntil: '2031-04-30',
  inclusions: ['Airport pickup', '  ', 'Meals for the patient'],
  exclusions: ['Flights'],
  ...over,
})
const problems = (over: Partial<QuoteInput>, c: QuoteContext = ctx) => {
  const r = checkQuote(input(over), c)
  return r.ok ? [] : r.error
}

describe('a quote', () => {
  test('totals each category, the clinic, Waypoint’s fee as its own line, and the whole', () => {
    const r = checkQuote(input(), ctx)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const q = r.value
    expect(q.lines.map((l) => l.category)).toEqual([
      'hospital-stay',
      'procedure',
      'interpreter',
      'hospital-stay',
      'contingency',
      'waypoint-fee',
    ])
    // Stay 1500 + 127.50, procedure 2400, interpreter 60, contingency 500: €4,587.50; 8% is €367.00.
    expect(q.totals.byCategory).toEqual([
      { category: 'procedure', total: { currency: 'EUR', minor: 240_000 } },
      { category: 'hospital-stay', total: { currency: 'EUR', minor: 162_750 } },
      { category: 'interpreter', total: { currency: 'EUR', minor: 6_000 } },
      { category: 'contingency', total: { currency: 'EUR', minor: 50_000 } },
      { category: 'waypoint-fee', total: { currency: 'EUR', minor: 36_700 } },
    ])
    expect(q.totals.clinic).toEqual({ currency: 'EUR', minor: 458_750 })
    expect(q.totals.fee).toEqual({ currency: 'EUR', minor: 36_700 })
    expect(q.totals.overall).toEqual({ currency: 'EUR', minor: 495_450 })
    expect(q.inclusions).toEqual(['Airport pickup', 'Meals for the patient'])
    expect(q).toMatchObject({ currency: 'EUR', validUntil: '2031-04-30', timeZone: 'Europe/London' })
  })

  test('in yen and in dinars, the fee is rounded to what the currency can pay', () => {
    const yen = checkQuote(input({ currency: 'JPY', lines: [{ ...lines[1]!, unitPrice: '1,234,567' }] }), ctx)
    expect(yen.ok && yen.value.totals.fee).toEqual({ currency: 'JPY', minor: 98_765 }) // 98,765.36
    const dinar = checkQuote(
      input({ currency: 'KWD', lines: [{ ...lines[1]!, unitPrice: '1234.567' }] }),
      ctx,
    )
    expect(dinar.ok && dinar.value.totals.fee).toEqual({ currency: 'KWD', minor: 98_765 }) // 98.76536
  })

  test('1,000 lines are refused outright; 100 are the most', () => {
    const many = (n: number) => Array.from({ length: n }, () => lines[1]!)
    expect(problems({ lines: many(1000) })).toEqual([
      { code: 'quote.too-many-lines', max: 100, field: 'lines' },
    ])
    expect(problems({ lines: many(101) })).toEqual([
      { code: 'quote.too-many-lines', max: 100, field: 'lines' },
    ])
    expect(checkQuote(input({ lines: many(100) }), ctx).ok).toBe(true)
  })

  test('a quote with no lines says so', () => {
    expect(problems({ lines: [] })).toEqual([{ code: 'quote.no-lines', field: 'lines' }])
  })

  test('a validity date in the past is refused; today is still valid', () => {
    expect(problems({ validUntil: '2031-03-13' })).toEqual([
      { code: 'quote.validity-past', today: '2031-03-14', field: 'validUntil' },
    ])
    expect(problems({ validUntil: '2031-03-14' })).toEqual([])
  })

  test('"today" is the clinic’s: in Kolkata the 14th is already over', () => {
    expect(problems({ validUntil: '2031-03-14' }, { ...ctx, timeZone: 'Asia/Kolkata' })).toEqual([
      { code: 'quote.validity-past', today: '2031-03-15', field: 'validUntil' },
    ])
  })

  test.each(['', '2031-02-30', '30/04/2031', '2031-4-30'])('%j is not a validity date', (validUntil) => {
    expect(problems({ validUntil })).toEqual([{ code: 'quote.validity-missing', field: 'validUntil' }])
  })

  test('a price promised for more than 365 days is refused', () => {
    // 2032 is a leap year: 13 March 2032 is 365 days after 14 March 2031.
    expect(problems({ validUntil: '2032-03-13' })).toEqual([])
    expect(problems({ validUntil: '2032-03-14' })).toEqual([
      { code: 'quote.validity-too-far', max: 365, field: 'validUntil' },
    ])
  })

  test('an unknown currency is refused on the currency field, and lines are not read in it', () => {
    expect(problems({ currency: 'XYZ' })).toEqual([
      { code: 'money.unknown-currency', currency: 'XYZ', field: 'currency' },
    ])
  })

  test('every problem of every line comes back at once, each on its field', () => {
    const bad = [
      lines[0]!,
      { ...lines[1]!, unitPrice: '2400.005' },
      { ...lines[0]!, quantity: '2.5' },
      { ...lines[2]!, quantity: '-1' },
    ]
    expect(problems({ lines: bad, currency: 'EUR' }).map((p) => [p.code, p.field])).toEqual([
      ['money.too-many-decimals', 'lines.1.unitPrice'],
      ['quote.quantity-not-whole', 'lines.2.quantity'],
      ['quote.quantity-not-positive', 'lines.3.quantity'],
    ])
  })

  test('inclusions and exclusions are short items, at most 30 of each', () => {
    expect(problems({ inclusions: Array.from({ length: 31 }, (_, i) => `Item ${i}`) })).toEqual([
      { code: 'quote.too-many-items', max: 30, field: 'inclusions' },
    ])
    expect(problems({ exclusions: ['Flights', 'x'.repeat(301)] })).toEqual([
      { code: 'quote.item-too-long', max: 300, item: 1, field: 'exclusions' },
    ])
  })

  test('a total past the largest amount held is refused rather than rounded', () => {
    const huge = { category: 'procedure', description: 'x', quantity: '1', unitPrice: '1000000000000' }
    expect(problems({ lines: Array.from({ length: 20 }, () => huge) })).toEqual([
      { code: 'quote.total-too-large', field: 'lines' },
    ])
  })
})

describe("Waypoint's fee", () => {
  test('is the rate times the clinic total, rounded half up', () => {
    expect(waypointFeeMinor(10_001, { basisPoints: 800 })).toBe(800) // 800.08
    expect(waypointFeeMinor(1, { basisPoints: 5000 })).toBe(1) // 0.5
    expect(waypointFeeMinor(123_456, { basisPoints: 0 })).toBe(0)
  })

  test('a rate that is not one is a configuration bug', () => {
    expect(() => waypointFeeMinor(100, { basisPoints: -1 })).toThrow(RangeError)
    expect(() => waypointFeeMinor(100, { basisPoints: 10_001 })).toThrow(RangeError)
    expect(() => waypointFeeMinor(100, { basisPoints: 7.5 })).toThrow(RangeError)
  })
})

test('category totals come in one order, whatever the order of the lines', () => {
  const EUR = 'EUR' as CurrencyCode
  const l = (category: 'transport' | 'diagnostics', minor: number) => ({
    category,
    description: '',
    quantityHundredths: 100,
    unitPrice: { currency: EUR, minor },
    total: { currency: EUR, minor },
  })
  expect(quoteTotals([l('transport', 1), l('diagnostics', 2), l('transport', 3)], EUR)?.byCategory).toEqual([
    { category: 'diagnostics', total: { currency: EUR, minor: 2 } },
    { category: 'transport', total: { currency: EUR, minor: 4 } },
  ])
})
