import { expect, test } from 'vitest'
import { translator } from '../i18n/translate.ts'
import { formatAnswer } from './format-answer.ts'
import { questions } from './questions.ts'

const budget = questions.find((q) => q.id === 'budget')!

test('a budget reads back as money, with its currency’s decimals', () => {
  const value = { amount: '15000.50', currency: 'USD' }
  expect(formatAnswer(budget, value, translator('en'), 'en', 'self')).toBe('US$15,000.50')
  expect(formatAnswer(budget, value, translator('fr'), 'fr', 'self')).toBe('15\u202f000,50\u00a0$US')
})

test('ticked choices read back as the language lists things, never with a Latin comma in Arabic', () => {
  const countries = questions.find((q) => q.id === 'countries-of-interest')!
  const picked = ['IN', 'KR', 'TH']
  expect(formatAnswer(countries, picked, translator('en'), 'en', 'self')).toBe(
    'India, South Korea and Thailand',
  )
  expect(formatAnswer(countries, picked, translator('fr'), 'fr', 'self')).toBe(
    'Inde, Corée du Sud et Thaïlande',
  )
  expect(formatAnswer(countries, picked, translator('ar'), 'ar', 'self')).toBe(
    'الهند وكوريا الجنوبية وتايلاند',
  )
})
