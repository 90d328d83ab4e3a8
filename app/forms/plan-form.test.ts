import { describe, expect, test } from 'vitest'
import type { CurrencyCode } from '#domain/quotes/currencies.ts'
import { checkQuote } from '#domain/quotes/check-quote.ts'
import { formFieldOf, readPlanForm, rowsOf, fieldsOfQuote } from './plan-form.ts'

describe('the plan-and-quote form', () => {
  test('shows three rows at first, one more after "Add a line", never far past the limit', () => {
    expect(rowsOf(null)).toBe(3)
    expect(rowsOf({ rows: ['3'] }, true)).toBe(4)
    expect(rowsOf({ rows: ['junk'] }, true)).toBe(4)
    expect(rowsOf({ rows: ['5000'] }, true)).toBe(101)
  })

  test('blank rows are not lines, and a line’s problem is put back on the row it was typed in', () => {
    const { input, rowOfLine } = readPlanForm({
      rows: ['4'],
      'lines.0.category': ['sessions'],
      'lines.0.description': ['Physiotherapy'],
      'lines.0.quantity': ['4'],
      'lines.0.unitPrice': ['60'],
      'lines.2.category': ['hospital-stay'],
      'lines.2.description': ['Ward bed'],
      'lines.2.quantity': ['10'],
      'lines.2.unitPrice': ['120'],
      inclusions: ['Airport pick-up\r\n\r\nInterpreter'],
    })
    expect(input.quote.lines.map((l) => l.description)).toEqual(['Physiotherapy', 'Ward bed'])
    expect(input.quote.inclusions).toEqual(['Airport pick-up', 'Interpreter'])
    expect(rowOfLine).toEqual([0, 2])
    expect(formFieldOf('lines.1.quantity', rowOfLine)).toBe('lines.2.quantity')
    expect(formFieldOf('validUntil', rowOfLine)).toBe('validUntil')
  })
})

test('a changed plan starts from the quote already sent, and reads back as the same plan and quote', () => {
  const inr = (minor: number) => ({ currency: 'INR' as CurrencyCode, minor })
  const sent = {
    currency: 'INR',
    validUntil: '2027-01-31',
    lines: [
      {
        category: 'procedure' as const,
        description: 'Assessment',
        quantityHundredths: 150,
        unitPrice: inr(15_000_050),
        total: inr(22_500_075),
      },
      {
        category: 'waypoint-fee' as const,
        description: 'Waypoint fee',
        quantityHundredths: 100,
        unitPrice: inr(1_800_006),
        total: inr(1_800_006),
      },
    ],
    inclusions: ['Meals', 'Interpreter'],
    exclusions: ['Flights'],
    plan: {
      protocol: 'Assessment, then four sessions.',
      schedule: 'Days 1–5.',
      sessions: 4,
      lengthOfStayDays: 10,
      pretreatmentTests: 'Spirometry on arrival.',
      aftercare: 'A written care plan.',
    },
  }
  const { input } = readPlanForm(fieldsOfQuote(sent, 'en'))
  expect(input).toEqual({
    plan: { ...sent.plan, sessions: '4', lengthOfStayDays: '10' },
    quote: {
      currency: 'INR',
      validUntil: '2027-01-31',
      // Waypoint's fee is added again by the check, never typed by the clinic.
      lines: [{ category: 'procedure', description: 'Assessment', quantity: '1.5', unitPrice: '150000.50' }],
      inclusions: ['Meals', 'Interpreter'],
      exclusions: ['Flights'],
    },
    // Amounts far above the listed price are confirmed again for each quote sent.
    confirmedPrice: false,
  })
})

test.each(['en', 'fr', 'ar'] as const)(
  'a quote sent again from the %s form reads back as the same amounts, unchanged by the clinic',
  (locale) => {
    const kwd = (minor: number) => ({ currency: 'KWD' as CurrencyCode, minor })
    const sent = {
      currency: 'KWD',
      validUntil: '2027-06-30',
      lines: [
        {
          category: 'interpreter' as const,
          description: 'Interpreter, hours',
          quantityHundredths: 250,
          unitPrice: kwd(25_125),
          total: kwd(62_813),
        },
      ],
      inclusions: [],
      exclusions: [],
      plan: {
        protocol: 'P',
        schedule: 'S',
        sessions: 4,
        lengthOfStayDays: 10,
        pretreatmentTests: '',
        aftercare: 'A',
      },
    }
    const { input } = readPlanForm(fieldsOfQuote(sent, locale))
    const checked = checkQuote(input.quote, {
      now: new Date('2026-12-07T09:00:00Z'),
      timeZone: 'Asia/Kolkata',
      locale,
      fee: { basisPoints: 800 },
    })
    if (!checked.ok) throw new Error(JSON.stringify(checked.error))
    expect(checked.value.lines[0]).toMatchObject({
      quantityHundredths: 250,
      unitPrice: kwd(25_125),
    })
  },
)
