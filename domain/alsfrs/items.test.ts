import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, test } from 'vitest'
import arAlsfrs from '#content/messages/ar/alsfrs.json' with { type: 'json' }
import enAlsfrs from '#content/messages/en/alsfrs.json' with { type: 'json' }
import frAlsfrs from '#content/messages/fr/alsfrs.json' with { type: 'json' }
import { locales, type Locale } from '../i18n/locales.ts'
import { alsfrsItemText, alsfrsItemTextFor } from './item-text.ts'
import { alsfrsItems, alsfrsPanelLoinc, alsfrsTotalLoinc, itemIds, itemScores } from './items.ts'

// LOINC's mod-10 check digit (the Luhn scheme): double every other digit
// from the right, starting with the rightmost, and sum all the digits.
function loincCheckDigitIsValid(code: string): boolean {
  const m = /^(\d+)-(\d)$/.exec(code)
  if (!m) return false
  const digits = [...m[1]!].reverse().map(Number)
  const sum = digits.reduce((acc, d, i) => {
    const v = i % 2 === 0 ? d * 2 : d
    return acc + Math.floor(v / 10) + (v % 10)
  }, 0)
  return (10 - (sum % 10)) % 10 === Number(m[2])
}

describe('ALSFRS-R items', () => {
  test('13 ids in questionnaire order, item 5 in two forms', () => {
    expect(itemIds).toEqual(['1', '2', '3', '4', '5a', '5b', '6', '7', '8', '9', '10', '11', '12'])
    expect(itemScores).toEqual([4, 3, 2, 1, 0])
    for (const id of itemIds) expect(alsfrsItems[id].id).toBe(id)
  })

  test.each([
    ['1', 'bulbar'],
    ['2', 'bulbar'],
    ['3', 'bulbar'],
    ['4', 'fine-motor'],
    ['5a', 'fine-motor'],
    ['5b', 'fine-motor'],
    ['6', 'fine-motor'],
    ['7', 'gross-motor'],
    ['8', 'gross-motor'],
    ['9', 'gross-motor'],
    ['10', 'respiratory'],
    ['11', 'respiratory'],
    ['12', 'respiratory'],
  ] as const)('item %s is %s', (id, domain) => {
    expect(alsfrsItems[id].domain).toBe(domain)
  })

  test('only speech, salivation and walking have verified item codes, plus the total and the panel', () => {
    const verified = itemIds.filter((id) => alsfrsItems[id].loincVerified)
    expect(verified).toEqual(['1', '2', '8'])
    expect([alsfrsItems['1'].loinc, alsfrsItems['2'].loinc, alsfrsItems['8'].loinc]).toEqual([
      '82940-8',
      '82941-6',
      '82948-1',
    ])
    expect(alsfrsTotalLoinc).toEqual({ code: '82953-1', verified: true })
    expect(alsfrsPanelLoinc).toEqual({ code: '82954-9', verified: true })
  })

  test('item codes run 82940–82952 in questionnaire order, then the total, and every check digit is valid', () => {
    const codes = [
      ...itemIds.map((id) => alsfrsItems[id].loinc),
      alsfrsTotalLoinc.code,
      alsfrsPanelLoinc.code,
    ]
    expect(codes.map((c) => Number(c.split('-')[0]))).toEqual(Array.from({ length: 15 }, (_, i) => 82940 + i))
    for (const code of codes) expect(loincCheckDigitIsValid(code), code).toBe(true)
  })

  test('the check-digit helper itself rejects a wrong digit', () => {
    expect(loincCheckDigitIsValid('82940-8')).toBe(true)
    expect(loincCheckDigitIsValid('82940-7')).toBe(false)
  })
})

describe('ALSFRS-R wording', () => {
  const everyItemIn = locales.flatMap((locale) => itemIds.map((id) => [locale, id] as const))
  test.each(everyItemIn)('%s item %s has a label, a question and five distinct answers', (locale, id) => {
    const text = alsfrsItemTextFor(locale, 'self')[id]
    expect(text.label.trim()).not.toBe('')
    expect(text.question).toMatch(/[?؟]$/)
    expect(Object.keys(text.options).sort()).toEqual(['0', '1', '2', '3', '4'])
    const options = itemScores.map((s) => text.options[s])
    for (const option of options) expect(option.trim()).not.toBe('')
    expect(new Set(options).size).toBe(5)
  })

  test.each(locales.filter((l) => l !== 'en'))(
    '%s is translated, hints included, where English has them',
    (locale) => {
      const text = alsfrsItemTextFor(locale, 'self')
      for (const id of itemIds) {
        expect(text[id].question, id).not.toBe(alsfrsItemText[id].question)
        expect(Boolean(text[id].hint), id).toBe(Boolean(alsfrsItemText[id].hint))
        for (const s of itemScores)
          expect(text[id].options[s], `${id}/${s}`).not.toBe(alsfrsItemText[id].options[s])
      }
    },
  )

  test('the two forms of item 5 each say who should answer them', () => {
    expect(alsfrsItemText['5a'].hint).toMatch(/do not have a feeding tube/)
    expect(alsfrsItemText['5b'].hint).toMatch(/have a feeding tube/)
  })
})

// A caregiver answers about the patient: every question, hint and option has
// a form for the patient ("How is your speech?") and one for someone answering
// about them ("How is their speech?"), as ICU selects on `who`.
describe('ALSFRS-R wording in the third person', () => {
  const raw: Record<Locale, Record<string, string>> = { en: enAlsfrs, fr: frAlsfrs, ar: arAlsfrs }
  /** The branches of a message that is one select on `who`, or null when it is anything else. */
  function whoBranches(message: string): string[] | null {
    const ast = new IntlMessageFormat(message, 'en').getAst()
    const [only] = ast
    if (ast.length !== 1 || !only || !('options' in only) || only.value !== 'who') return null
    return Object.keys(only.options).sort()
  }
  const partsOf = (id: string) => [
    `alsfrs.item.${id}.question`,
    ...(`alsfrs.item.${id}.hint` in enAlsfrs ? [`alsfrs.item.${id}.hint`] : []),
    ...itemScores.map((s) => `alsfrs.item.${id}.option.${s}`),
  ]
  const everyItemIn = locales.flatMap((locale) => itemIds.map((id) => [locale, id] as const))

  test.each(everyItemIn)('%s item %s: question, hint and every option have both forms', (locale, id) => {
    for (const key of partsOf(id)) {
      expect(raw[locale][key], key).toBeDefined()
      expect(whoBranches(raw[locale][key]!), `${locale} ${key}`).toEqual(['other', 'self'])
    }
  })

  test.each(everyItemIn)(
    '%s item %s asks about them, with five distinct answers in score order',
    (locale, id) => {
      const self = alsfrsItemTextFor(locale, 'self')[id]
      const other = alsfrsItemTextFor(locale, 'other')[id]
      expect(other.question).not.toBe(self.question)
      expect(other.question).toMatch(/[?؟]$/)
      expect(other.label).toBe(self.label)
      expect(Boolean(other.hint)).toBe(Boolean(self.hint))
      expect(Object.keys(other.options).sort()).toEqual(['0', '1', '2', '3', '4'])
      expect(new Set(itemScores.map((s) => other.options[s])).size).toBe(5)
    },
  )

  test.each(locales)('%s speaks of the patient, not to them, in the third person', (locale) => {
    const other = alsfrsItemTextFor(locale, 'other')
    const words = itemIds.flatMap((id) => [
      other[id].question,
      other[id].hint ?? '',
      ...itemScores.map((s) => other[id].options[s]),
    ])
    const firstPerson = {
      en: /\b(I|I’m|me|my|myself|you|your|yourself)\b/,
      fr: /(^|[\s’'(])(je|j’|me|m’|moi|mon|ma|mes|vous|votre|vos)(?=[\s,.?!)]|$)/i,
      // Arabic: the first person singular forms the first-person wording uses.
      ar: /(^|\s)(أنا|لدي|لديّ|أستطيع|أحتاج|أتكلم|أمشي|أشعر|نفسي|كلامي|لعابي|طعامي|يطعمني|يفهمونني|يساعدني|كلماتي|ساقيّ|تستطيع|لديك|ملابسك|يديك|كلامك)(?=[\s،.؟]|$)/,
    }[locale]
    expect(words.filter((w) => firstPerson.test(w))).toEqual([])
  })

  test('the English third person keeps the meaning of the first person, item by item', () => {
    const other = alsfrsItemTextFor('en', 'other')
    expect(other['1'].question).toBe('How is their speech?')
    expect(other['5a'].options[0]).toBe('Someone has to feed them')
    expect(other['12'].options[0]).toMatch(/their windpipe/)
    expect(other['5a'].hint).toMatch(/they do not have a feeding tube/)
    expect(other['5b'].hint).toMatch(/they have a feeding tube/)
  })

  test('the score page speaks of them too', () => {
    for (const locale of locales) {
      for (const key of ['alsfrs.result.title', 'alsfrs.result.lede']) {
        expect(whoBranches(raw[locale][key]!), `${locale} ${key}`).toEqual(['other', 'self'])
      }
    }
  })
})
