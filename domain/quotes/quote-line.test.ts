import { describe, expect, test } from 'vitest'
import type { CurrencyCode } from './currencies.ts'
import { checkQuoteLine, lineTotalMinor, parseQuantity, type QuoteLineInput } from './quote-line.ts'

const EUR = 'EUR' as CurrencyCode
const line = (over: Partial<QuoteLineInput> = {}): QuoteLineInput => ({
  category: 'sessions',
  description: 'Physiotherapy session, 45 minutes',
  quantity: '3',
  unitPrice: '120.50',
  ...over,
})

describe('quantities by category', () => {
  test.each([
    ['3', 'whole', 300],
    ['1,000', 'whole', 100_000],
    ['1.5', 'measured', 150],
    ['0.25', 'measured', 25],
    ['2', 'measured', 200],
    ['', 'one', 100],
    ['1', 'one', 100],
  ] as const)('%j counted as %s is %i hundredths', (text, rule, hundredths) => {
    expect(parseQuantity(text, rule, 'en')).toEqual({ ok: true, value: hundredths })
  })

  test.each([
    ['1.5', 'whole', { code: 'quote.quantity-not-whole' }],
    ['2.25', 'whole', { code: 'quote.quantity-not-whole' }],
    ['0.5', 'one', { code: 'quote.quantity-not-whole' }],
    ['1.255', 'measured', { code: 'quote.quantity-too-many-decimals', max: 2 }],
    ['0', 'whole', { code: 'quote.quantity-not-positive' }],
    ['0.00', 'measured', { code: 'quote.quantity-not-positive' }],
    ['-2', 'whole', { code: 'quote.quantity-not-positive' }],
    ['2', 'one', { code: 'quote.quantity-must-be-one' }],
    ['10001', 'whole', { code: 'quote.quantity-too-large', max: 10_000 }],
    ['', 'whole', { code: 'quote.quantity-missing' }],
    ['three', 'whole', { code: 'quote.quantity-not-a-number' }],
  ] as const)('%j counted as %s is refused', (text, rule, error) => {
    expect(parseQuantity(text, rule, 'en')).toEqual({ ok: false, error })
  })

  test('10,000 is the most of anything a line may count', () => {
    expect(parseQuantity('10000', 'whole', 'en')).toEqual({ ok: true, value: 1_000_000 })
  })
})

describe('a line', () => {
  test('is its quantity times its unit price, in the quote currency', () => {
    expect(checkQuoteLine(line(), 0, EUR, 'en')).toEqual({
      ok: true,
      value: {
        category: 'sessions',
        description: 'Physiotherapy session, 45 minutes',
        quantityHundredths: 300,
        unitPrice: { currency: 'EUR', minor: 12050 },
        total: { currency: 'EUR', minor: 36150 },
      },
    })
  })

  test('a fractional quantity is rounded once, half up, to the minor unit', () => {
    // 1.5 hours at €33.33 is €49.995: the family pays €50.00.
    const r = checkQuoteLine(
      line({ category: 'interpreter', quantity: '1.5', unitPrice: '33.33' }),
      0,
      EUR,
      'en',
    )
    expect(r.ok && r.value.total.minor).toBe(5000)
    expect(lineTotalMinor(150, 3331)).toBe(4997) // 49.965 → 49.97
    expect(lineTotalMinor(150, 3)).toBe(5) // 0.045 → 0.05
  })

  test('in yen a line has no decimals, in dinars three', () => {
    const yen = checkQuoteLine(line({ unitPrice: '15000' }), 0, 'JPY' as CurrencyCode, 'en')
    expect(yen.ok && yen.value.total).toEqual({ currency: 'JPY', minor: 45000 })
    const dinar = checkQuoteLine(line({ unitPrice: '12.125' }), 0, 'KWD' as CurrencyCode, 'en')
    expect(dinar.ok && dinar.value.total).toEqual({ currency: 'KWD', minor: 36375 })
  })

  test('every problem of a line is reported at once, each on its own field', () => {
    const r = checkQuoteLine(
      { category: 'spa-day', description: '  ', quantity: '-1', unitPrice: '10.999', currency: 'USD' },
      4,
      EUR,
      'en',
    )
    expect(r).toEqual({
      ok: false,
      error: [
        { code: 'quote.unknown-category', line: 4, field: 'lines.4.category' },
        { code: 'quote.description-missing', line: 4, field: 'lines.4.description' },
        {
          code: 'quote.currency-mismatch',
          currency: 'USD',
          quoteCurrency: 'EUR',
          line: 4,
          field: 'lines.4.currency',
        },
        {
          code: 'money.too-many-decimals',
          currency: 'EUR',
          allowed: 2,
          // "10.999" euros may be ten thousand written with a dot: the message says how to write it.
          groupedThousands: true,
          line: 4,
          field: 'lines.4.unitPrice',
        },
      ],
    })
  })

  test('a fractional number of sessions is refused on the quantity', () => {
    expect(checkQuoteLine(line({ quantity: '2.5' }), 0, EUR, 'en')).toEqual({
      ok: false,
      error: [{ code: 'quote.quantity-not-whole', line: 0, field: 'lines.0.quantity' }],
    })
  })

  test("a clinic cannot write Waypoint's fee, nor a description past 200 characters", () => {
    expect(checkQuoteLine(line({ category: 'waypoint-fee', quantity: '1' }), 0, EUR, 'en')).toMatchObject({
      ok: false,
      error: [{ code: 'quote.fee-not-editable', field: 'lines.0.category' }],
    })
    expect(checkQuoteLine(line({ description: 'x'.repeat(201) }), 0, EUR, 'en')).toMatchObject({
      ok: false,
      error: [{ code: 'quote.description-too-long', max: 200 }],
    })
    expect(checkQuoteLine(line({ description: 'é'.repeat(200) }), 0, EUR, 'en').ok).toBe(true)
  })

  test('a line whose total would pass the largest amount held is refused', () => {
    expect(checkQuoteLine(line({ quantity: '10000', unitPrice: '1000000000000' }), 0, EUR, 'en')).toEqual({
      ok: false,
      error: [{ code: 'money.too-large', line: 0, field: 'lines.0.unitPrice' }],
    })
  })
})
