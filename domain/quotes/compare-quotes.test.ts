import { describe, expect, test } from 'vitest'
import type { CurrencyCode } from './currencies.ts'
import { conversionsFor, convertMoney, listDifferences } from './compare-quotes.ts'

const money = (currency: string, minor: number) => ({ currency: currency as CurrencyCode, minor })

describe('converting a quote to the family’s currency', () => {
  test.each([
    ['EUR cents to dollars', money('EUR', 92_00), 0.92, 1, 100],
    ['yen, which has no minor unit', money('JPY', 15_000), 150, 1, 100],
    ['dinars, which have three decimals', money('KWD', 3_070), 0.307, 1, 10],
    ['dollars to rupees', money('USD', 1_00), 1, 84.1, 84.1],
  ])('%s', (_, m, from, to, expected) => {
    expect(convertMoney(m, from, to)).toBeCloseTo(expected, 6)
  })
})

describe('differences between quotes’ lists', () => {
  test('one quote alone has nothing to differ from', () => {
    expect(listDifferences([{ inclusions: ['Airport pick-up'], exclusions: [] }])).toEqual({
      inclusions: [[]],
      exclusions: [[]],
    })
  })

  test('an item some other quote lacks stands out, compared without case or spacing', () => {
    const d = listDifferences([
      { inclusions: ['Airport pick-up', 'Interpreter'], exclusions: ['Flights'] },
      { inclusions: ['airport  pick-up'], exclusions: ['Flights', 'Visa fees'] },
    ])
    expect(d.inclusions).toEqual([['Interpreter'], []])
    expect(d.exclusions).toEqual([[], ['Visa fees']])
  })
})

test('a currency without a dated rate is named as not converted, never estimated', () => {
  const rated = (c: string) => ['EUR', 'USD', 'INR'].includes(c)
  expect(conversionsFor(['EUR', 'KWD', 'JPY', 'USD', 'KWD'], 'USD', rated)).toEqual({
    converted: ['EUR'],
    unconverted: ['KWD', 'JPY'],
  })
  expect(conversionsFor(['EUR'], 'GBP', rated)).toEqual({ converted: [], unconverted: ['EUR'] })
  expect(conversionsFor(['USD'], 'USD', rated)).toEqual({ converted: [], unconverted: [] })
})
