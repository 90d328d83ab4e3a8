import { describe, expect, test } from 'vitest'
import { locales } from '../i18n/locales.ts'
import { catalogues, translator } from '../i18n/translate.ts'
import { missingAnswerKey } from './answer-errors.ts'
import { parseAnswer, type ParseContext } from './parse-answer.ts'
import { findQuestion, questions } from './questions.ts'

const ctx = (who: 'self' | 'other' = 'self', answers = {}): ParseContext => ({
  today: '2026-12-01',
  answers,
  who,
  allowed: { countries: ['JO'], languages: ['ar'], timeZones: ['Asia/Amman'], currencies: ['USD'] },
})
const q = (id: string) => findQuestion(id)!
const en = translator('en')

/** The words a person sees when they send the question's page empty. */
function errorShown(id: string, who: 'self' | 'other' = 'self', fields = {}): string {
  const result = parseAnswer(q(id), fields, ctx(who))
  if (result.ok) throw new Error(`${id} accepted an empty page`)
  return en(result.error.key, result.error.values)
}

describe('an unanswered question says what is missing', () => {
  test.each([
    ['alsfrs-3', 'self', 'Select how well you can swallow'],
    ['alsfrs-3', 'other', 'Select how well they can swallow'],
    ['alsfrs-8', 'self', 'Select how well you can walk'],
    ['date-of-birth', 'other', 'Enter their date of birth'],
    ['country', 'self', 'Select the country you live in'],
    ['patient-name', 'self', 'Enter your full name'],
    ['feeding-tube', 'self', 'Select whether there is a feeding tube'],
    ['contact', 'self', 'Select how your coordinator should contact you'],
  ] as const)('%s asked of %s: “%s”', (id, who, message) => {
    expect(errorShown(id, who)).toBe(message)
  })

  test('a travel window with only its first date asks for the latest date', () => {
    expect(
      errorShown('travel-window', 'self', { 'from-day': ['1'], 'from-month': ['3'], 'from-year': ['2027'] }),
    ).toBe('Enter the latest date you could travel')
  })

  test('a breathing test result without its date asks for the date of the test', () => {
    expect(errorShown('fvc', 'self', { percent: ['78'] })).toBe('Enter the date of the breathing test')
  })

  test.each(locales)('every question has its own message in %s, different for each question', (locale) => {
    const messages = catalogues[locale]
    const keys = questions.map((question) => missingAnswerKey(question))
    for (const key of [...keys, missingAnswerKey(q('travel-window'), 'to')])
      expect(messages[key], `${locale} ${key}`).toBeTruthy()
    const t = translator(locale)
    const texts = questions.map((question) => t(missingAnswerKey(question), { who: 'self' }))
    expect(new Set(texts).size).toBe(texts.length)
  })

  test.each(locales)('every question with an option that rules out the others names it, in %s', (locale) => {
    const withExclusive = questions.filter(
      (question) => question.kind === 'checkboxes' && question.choices.some((c) => c.exclusive),
    )
    expect(withExclusive.length).toBeGreaterThan(0)
    for (const question of withExclusive)
      expect(
        catalogues[locale][`intake.q.${question.id}.error.exclusive` as keyof (typeof catalogues)['en']],
        question.id,
      ).toBeTruthy()
  })
})

describe('a date that is not complete or not real', () => {
  test('names the part that is missing, on its box', () => {
    const result = parseAnswer(q('date-of-birth'), { day: ['12'], month: ['4'], year: [''] }, ctx())
    expect(result).toMatchObject({ ok: false, error: { field: 'year' } })
    if (!result.ok) expect(en(result.error.key, result.error.values)).toBe('The date must include a year')
  })

  test('gives an example that fits the question, not a fixed year', () => {
    const birth = parseAnswer(q('date-of-birth'), { day: ['31'], month: ['2'], year: ['1960'] }, ctx())
    if (birth.ok) throw new Error('31 February accepted')
    expect(en(birth.error.key, birth.error.values)).toMatch(
      /^Enter a real date, like \d{1,2} \d{1,2} 196[56]$/,
    )
  })
})
