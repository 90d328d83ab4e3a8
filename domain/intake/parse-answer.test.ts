import { describe, expect, test } from 'vitest'
import { en } from '../i18n/messages/en.ts'
import { fieldsOf, parseAnswer, type ParseContext } from './parse-answer.ts'
import { findQuestion, questions } from './questions.ts'

const ctx = (answers = {}): ParseContext => ({
  today: '2026-12-01',
  answers,
  allowed: {
    countries: ['JO', 'IN'],
    languages: ['ar', 'en'],
    timeZones: ['Asia/Amman'],
    currencies: ['USD', 'INR'],
  },
})
const q = (id: string) => findQuestion(id)!

describe('parseAnswer', () => {
  test('radios accept only their own choices', () => {
    expect(parseAnswer(q('who-for'), { answer: ['someone-else'] }, ctx())).toEqual({
      ok: true,
      value: 'someone-else',
    })
    expect(parseAnswer(q('who-for'), { answer: ['<script>'] }, ctx())).toMatchObject({
      ok: false,
      error: { key: 'intake.q.who-for.error' },
    })
    expect(parseAnswer(q('who-for'), {}, ctx())).toMatchObject({ ok: false, error: { field: 'answer' } })
  })

  test.each([
    [
      { day: ['29'], month: ['2'], year: ['2024'] },
      { ok: true, value: '2024-02-29' },
    ],
    [
      { day: ['29'], month: ['2'], year: ['2025'] },
      { ok: false, error: { key: 'intake.error.date.invalid' } },
    ],
    [
      { day: ['1'], month: [''], year: ['2025'] },
      { ok: false, error: { key: 'intake.error.date.noMonth', field: 'month' } },
    ],
    [
      { day: ['2'], month: ['12'], year: ['2026'] },
      { ok: false, error: { key: 'intake.error.date.future' } },
    ],
    [
      { day: ['1'], month: ['1'], year: ['1850'] },
      { ok: false, error: { key: 'intake.error.date.tooEarly' } },
    ],
    [
      // Typed on an Arabic keyboard: the same date.
      { day: ['١٢'], month: ['٤'], year: ['١٩٦٨'] },
      { ok: true, value: '1968-04-12' },
    ],
    [
      { day: ['1e1'], month: ['1'], year: ['2020'] },
      { ok: false, error: { key: 'intake.error.date.invalid' } },
    ],
    [{}, { ok: false, error: { key: 'intake.q.date-of-birth.error' } }],
  ])('date of birth %j', (fields, expected) => {
    expect(parseAnswer(q('date-of-birth'), fields, ctx())).toMatchObject(expected)
  })

  test('a diagnosis cannot come before the first symptoms', () => {
    const result = parseAnswer(
      q('diagnosis-date'),
      { day: ['1'], month: ['1'], year: ['2024'] },
      ctx({ 'first-symptoms': '2025-03-01' }),
    )
    expect(result).toMatchObject({ ok: false, error: { key: 'intake.error.date.beforeOnset' } })
  })

  test('first symptoms cannot come before the date of birth', () => {
    const result = parseAnswer(
      q('first-symptoms'),
      { day: ['1'], month: ['3'], year: ['1950'] },
      ctx({ 'date-of-birth': '1958-04-12' }),
    )
    expect(result).toMatchObject({ ok: false, error: { key: 'intake.error.date.beforeBirth', field: 'day' } })
  })

  test('checkboxes: an exclusive answer cannot be combined, "other" needs its text', () => {
    expect(parseAnswer(q('genetics'), { answer: ['sod1', 'unknown'] }, ctx())).toMatchObject({
      ok: false,
      error: { key: 'intake.q.genetics.error.exclusive' },
    })
    // Each question names its own option: not "None" where the option is "Any country".
    expect(parseAnswer(q('countries-of-interest'), { answer: ['IN', 'any'] }, ctx())).toMatchObject({
      ok: false,
      error: { key: 'intake.q.countries-of-interest.error.exclusive' },
    })
    expect(parseAnswer(q('medicines'), { answer: ['other'] }, ctx())).toMatchObject({
      ok: false,
      error: { field: 'other' },
    })
    expect(
      parseAnswer(q('medicines'), { answer: ['riluzole', 'other'], other: ['baclofen'] }, ctx()),
    ).toEqual({
      ok: true,
      value: { choices: 'riluzole,other', other: 'baclofen' },
    })
    expect(parseAnswer(q('treatments-of-interest'), {}, ctx())).toEqual({ ok: true, value: [] })
  })

  test('selects accept only listed values', () => {
    expect(parseAnswer(q('country'), { answer: ['JO'] }, ctx())).toEqual({ ok: true, value: 'JO' })
    expect(parseAnswer(q('country'), { answer: ["JO' OR 1=1"] }, ctx())).toMatchObject({ ok: false })
  })

  test('contact details are checked by method', () => {
    expect(parseAnswer(q('contact'), { method: ['email'], detail: ['not-an-email'] }, ctx())).toMatchObject({
      ok: false,
      error: { field: 'detail' },
    })
    expect(
      parseAnswer(q('contact'), { method: ['whatsapp'], detail: ['+962 7 9123 4567'] }, ctx()),
    ).toMatchObject({ ok: true })
  })

  test('optional composite answers can be left empty, but not half filled', () => {
    expect(parseAnswer(q('fvc'), {}, ctx())).toEqual({ ok: true, value: {} })
    expect(parseAnswer(q('fvc'), { percent: ['78'] }, ctx())).toMatchObject({
      ok: false,
      error: { key: 'intake.q.fvc.error', field: 'day' },
    })
    expect(
      parseAnswer(q('fvc'), { percent: ['700'], day: ['1'], month: ['1'], year: ['2026'] }, ctx()),
    ).toMatchObject({ ok: false, error: { field: 'percent' } })
    expect(parseAnswer(q('budget'), { amount: ['12,000'], currency: ['INR'] }, ctx())).toEqual({
      ok: true,
      value: { amount: '12000', currency: 'INR' },
    })
    // A French budget with a decimal comma is fifteen thousand, not a million and a half.
    expect(parseAnswer(q('budget'), { amount: ['15 000,50'], currency: ['INR'] }, ctx())).toEqual({
      ok: true,
      value: { amount: '15000.50', currency: 'INR' },
    })
    expect(
      parseAnswer(q('fvc'), { percent: ['78,5'], day: ['1'], month: ['1'], year: ['2026'] }, ctx()),
    ).toMatchObject({ ok: true, value: { percent: '78.5' } })
    // As reports print it, and as the label says: "72%", "72 %", "٧٢٪".
    for (const typed of ['72%', '72 %', '٧٢٪'])
      expect(
        parseAnswer(q('fvc'), { percent: [typed], day: ['1'], month: ['1'], year: ['2026'] }, ctx()),
      ).toMatchObject({ ok: true, value: { percent: '72' } })
    expect(
      parseAnswer(q('fvc'), { percent: ['%'], day: ['1'], month: ['1'], year: ['2026'] }, ctx()),
    ).toMatchObject({ ok: false, error: { field: 'percent' } })
    // Typed on an Arabic keyboard, as the date of birth already was.
    expect(
      parseAnswer(q('fvc'), { percent: ['٧٨'], day: ['١'], month: ['١'], year: ['٢٠٢٦'] }, ctx()),
    ).toMatchObject({ ok: true, value: { percent: '78', date: '2026-01-01' } })
    expect(parseAnswer(q('budget'), { amount: ['12000'], currency: ['XXX'] }, ctx())).toMatchObject({
      ok: false,
      error: { field: 'currency' },
    })
    expect(
      parseAnswer(
        q('travel-window'),
        {
          'from-day': ['1'],
          'from-month': ['3'],
          'from-year': ['2027'],
          'to-day': ['1'],
          'to-month': ['2'],
          'to-year': ['2027'],
        },
        ctx(),
      ),
    ).toMatchObject({ ok: false, error: { key: 'intake.error.range.order' } })
  })

  test('text answers keep what was typed, within their limit', () => {
    const long = 'x'.repeat(201)
    expect(parseAnswer(q('patient-name'), { answer: [long] }, ctx())).toMatchObject({
      ok: false,
      error: { key: 'intake.error.tooLong', values: { max: 200 } },
    })
    expect(parseAnswer(q('patient-name'), { answer: ['  أمل حداد  '] }, ctx())).toEqual({
      ok: true,
      value: 'أمل حداد',
    })
  })

  test('ALSFRS-R items take 0 to 4 only', () => {
    expect(parseAnswer(q('alsfrs-5b'), { answer: ['0'] }, ctx())).toEqual({ ok: true, value: '0' })
    expect(parseAnswer(q('alsfrs-5b'), { answer: ['5'] }, ctx())).toMatchObject({ ok: false })
  })

  test('saved answers come back into the form as they were typed', () => {
    expect(fieldsOf(q('date-of-birth'), '1968-04-02')).toEqual({ year: ['1968'], month: ['4'], day: ['2'] })
    expect(fieldsOf(q('medicines'), { choices: 'riluzole,other', other: 'baclofen' })).toMatchObject({
      answer: ['riluzole', 'other'],
      other: ['baclofen'],
    })
  })

  test('the date of the daily-function answers starts as today; no other date is guessed', () => {
    const today = '2026-12-07'
    expect(fieldsOf(q('alsfrs-date'), undefined, today)).toEqual({
      year: ['2026'],
      month: ['12'],
      day: ['7'],
    })
    // An answer given is what comes back, not today.
    expect(fieldsOf(q('alsfrs-date'), '2026-11-30', today)).toEqual({
      year: ['2026'],
      month: ['11'],
      day: ['30'],
    })
    for (const id of ['date-of-birth', 'first-symptoms', 'diagnosis-date'])
      expect(fieldsOf(q(id), undefined, today)).toEqual({})
  })
})

describe('question wording', () => {
  test('every question has a title and a short label in English, and every choice a label', () => {
    const missing: string[] = []
    for (const question of questions) {
      if (question.kind === 'alsfrs-item') continue
      for (const part of ['title', 'short'])
        if (!(`intake.q.${question.id}.${part}` in en)) missing.push(`${question.id}.${part}`)
      if (question.kind === 'radios' || question.kind === 'checkboxes') {
        for (const c of question.choices) {
          if (question.kind === 'checkboxes' && question.regionChoices && c.value !== 'any') continue
          if (!(`intake.q.${question.id}.${c.value}` in en)) missing.push(`${question.id}.${c.value}`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})

describe('reading answers back', () => {
  test('every choice of every question reads back in every language without failing', async () => {
    const { formatAnswer } = await import('./format-answer.ts')
    const { translator } = await import('../i18n/translate.ts')
    for (const locale of ['en', 'fr', 'ar'] as const) {
      const t = translator(locale)
      for (const question of questions) {
        if (question.kind !== 'radios' && question.kind !== 'checkboxes') continue
        for (const c of question.choices) {
          const value = question.kind === 'radios' ? c.value : [c.value]
          expect(
            formatAnswer(question, value, t, locale, 'self'),
            `${locale} ${question.id}=${c.value}`,
          ).not.toBe('')
        }
      }
    }
  })
})

describe('the contact number', () => {
  test.each([
    ['+962 7 9123 4567', '+962 7 9123 4567'],
    ['(+962) 79-123-4567', '(+962) 79-123-4567'],
    ['+٩٦٢ ٧ ٩١٢٣ ٤٥٦٧', '+962 7 9123 4567'],
  ])('%s is kept so that anyone can dial it', (typed, kept) => {
    expect(parseAnswer(q('contact'), { method: ['whatsapp'], detail: [typed] }, ctx())).toEqual({
      ok: true,
      value: { method: 'whatsapp', detail: kept },
    })
  })

  test('words are not a number, and a number without its country code cannot be dialled from abroad', () => {
    for (const detail of ['call me', '0791234567'])
      expect(parseAnswer(q('contact'), { method: ['whatsapp'], detail: [detail] }, ctx())).toMatchObject({
        ok: false,
        error: { key: 'intake.error.contact.phone' },
      })
  })
})
