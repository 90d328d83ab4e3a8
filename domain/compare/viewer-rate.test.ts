import { expect, test } from 'vitest'
import { viewerRate } from './viewer-rate.ts'

const usd = { currency: 'USD', perUsd: 1 }
const eur = { currency: 'EUR', perUsd: 0.92 }
const rates = [usd, eur]

test('the currency asked for, when there is a rate for it, however it is written', () => {
  expect(viewerRate(rates, 'EUR')).toEqual({ rate: eur, fallback: null })
  expect(viewerRate(rates, ' eur ')).toEqual({ rate: eur, fallback: null })
})

test('US dollars when nothing is asked, with nothing to explain', () => {
  expect(viewerRate(rates, null)).toEqual({ rate: usd, fallback: null })
  expect(viewerRate(rates, '')).toEqual({ rate: usd, fallback: null })
})

test('a real currency without a rate falls back to US dollars, and says which one was asked for', () => {
  expect(viewerRate(rates, 'JOD')).toEqual({ rate: usd, fallback: { asked: 'JOD' } })
})

test('a code that is no currency falls back too, without repeating it', () => {
  expect(viewerRate(rates, 'ZZZ')).toEqual({ rate: usd, fallback: { asked: null } })
  expect(viewerRate(rates, '<script>')).toEqual({ rate: usd, fallback: { asked: null } })
})

test('no rates at all: nothing to convert with, and nothing to explain', () => {
  expect(viewerRate([], 'JOD')).toEqual({ rate: null, fallback: null })
})
