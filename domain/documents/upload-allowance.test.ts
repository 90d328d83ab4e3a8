import { expect, test } from 'vitest'
import { fitsCase, tooLargeRefusal, uploadAllowance } from './upload-allowance.ts'

const MB = 1024 * 1024
const limits = { fileBytes: 500 * MB, caseBytes: 2048 * MB }

test('an empty case allows a whole file', () => {
  expect(uploadAllowance(limits, 0)).toEqual({ maxBytes: 500 * MB, caseLimited: false })
  expect(tooLargeRefusal(uploadAllowance(limits, 0))).toBe('document.too-large')
})

test('a nearly full case allows what is left, and a larger file is refused as "case full"', () => {
  const allowance = uploadAllowance(limits, 2000 * MB)
  expect(allowance).toEqual({ maxBytes: 48 * MB, caseLimited: true })
  expect(tooLargeRefusal(allowance)).toBe('document.case-full')
})

test('a case over its allowance allows nothing', () => {
  expect(uploadAllowance(limits, 3000 * MB).maxBytes).toBe(0)
})

test('a file fits only if, with what others stored meanwhile, the case stays within its allowance', () => {
  expect(fitsCase(limits, 2000 * MB, 48 * MB)).toBe(true)
  expect(fitsCase(limits, 2000 * MB, 49 * MB)).toBe(false)
})
