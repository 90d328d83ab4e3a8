import { describe, expect, test } from 'vitest'
import { locales } from '#domain/i18n/locales.ts'
import { catalogues, missingKeys, translator } from '#domain/i18n/translate.ts'
import { en } from '#domain/i18n/messages/en.ts'
import { enEssential } from '#domain/i18n/messages/en-essential.ts'

// Every string goes through the catalogue; a missing translation falls back to
// English at run time, and this test names every gap so none ships unnoticed.
describe('translations', () => {
  test.each(locales.filter((l) => l !== 'en'))('%s has every key of the English catalogue', (locale) => {
    expect(missingKeys(locale)).toEqual([])
  })

  test.each(locales)('%s has no keys that English lacks', (locale) => {
    const extra = Object.keys(catalogues[locale]).filter((k) => !(k in en))
    expect(extra).toEqual([])
  })

  test("the error shell's own words are the English catalogue's", () => {
    for (const [key, text] of Object.entries(enEssential)) expect(text, key).toBe(en[key as keyof typeof en])
  })

  test('a missing key falls back to English', () => {
    const t = translator('fr')
    const key = 'app.name'
    expect(t(key)).toBe('Waypoint')
  })

  test.each(locales)('every %s message formats with sample values', (locale) => {
    const t = translator(locale)
    // Every placeholder any message uses, so a missing or misspelt one in a translation shows up.
    const values = Object.fromEntries(
      [
        'city',
        'country',
        'currency',
        'date',
        'due',
        'email',
        'fields',
        'from',
        'high',
        'icd10',
        'icd11',
        'id',
        'low',
        'max',
        'min',
        'name',
        'number',
        'pages',
        'page',
        'price',
        'providers',
        'role',
        'snomed',
        'source',
        'title',
        'total',
        'to',
        'verified',
        'reference',
        'percent',
        'score',
        'rate',
        'size',
        'modality',
        'reason',
        'sections',
        'task',
        'stage',
        'domains',
      ].map((k) => [k, k]),
    ) as Record<string, string | number>
    values.count = 3
    values.minutes = 2
    values.who = 'other'
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(() => t(key, values), key).not.toThrow()
    }
  })
})
