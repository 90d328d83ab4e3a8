import { describe, expect, test } from 'vitest'
import { locales } from '../i18n/locales.ts'
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
    const text = alsfrsItemTextFor(locale)[id]
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
      const text = alsfrsItemTextFor(locale)
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
