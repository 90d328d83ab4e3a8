import { describe, expect, test } from 'vitest'
import { parseTypedNumber } from './typed-number.ts'

describe('a number as typed', () => {
  test.each([
    ['15000', '15000'],
    ['15000.50', '15000.50'],
    ['15000,50', '15000.50'],
    ['15 000,50', '15000.50'],
    ['15\u202f000,50', '15000.50'],
    ['15,000.50', '15000.50'],
    ['15.000,50', '15000.50'],
    ['1,500', '1500'],
    ['1,500,000', '1500000'],
    ['15.000.000', '15000000'],
    ["1'500", '1500'],
    ['78,5', '78.5'],
    ['78.5', '78.5'],
    ['٧٨', '78'],
    ['٧٨٫٥', '78.5'],
    ['١٥٬٠٠٠', '15000'],
    ['۷۸', '78'],
  ])('%s is %s', (typed, plain) => {
    expect(parseTypedNumber(typed)).toBe(plain)
  })

  test.each(['', 'abc', '1e30', '-3', '1,2,3', '12,34.5,6', '15.', ',5', '1.500,00,0'])(
    '%j is not a plain number',
    (typed) => {
      expect(parseTypedNumber(typed)).toBeNull()
    },
  )
})
