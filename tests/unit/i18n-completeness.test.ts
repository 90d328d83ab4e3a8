import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { locales, type Locale } from '#domain/i18n/locales.ts'
import { catalogues, cataloguesByArea, missingKeys, translator } from '#domain/i18n/translate.ts'
import { en, messageAreas } from '#domain/i18n/messages/en.ts'
import { enEssential } from '#domain/i18n/messages/en-essential.ts'

// Every string goes through the catalogue; a missing translation falls back to
// English at run time, and this test names every gap so none ships unnoticed.
// The catalogue is data (content/messages/<locale>/<area>.json): every
// language has English's files, and each key sits in the same file as in English.
const messagesDir = path.resolve(import.meta.dirname, '../../content/messages')
const filesOf = (locale: Locale) =>
  readdirSync(path.join(messagesDir, locale))
    .filter((f) => f.endsWith('.json'))
    .sort()
const fileOf = (locale: Locale, area: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(messagesDir, locale, `${area}.json`), 'utf8'))

describe('translations', () => {
  test('English has exactly the message files the catalogue loads', () => {
    expect(filesOf('en')).toEqual(messageAreas.map((area) => `${area}.json`).sort())
  })

  test.each(locales.filter((l) => l !== 'en'))('%s has the same message files as English', (locale) => {
    expect(filesOf(locale)).toEqual(filesOf('en'))
  })

  test.each(locales)(
    '%s: each file holds the keys of the same English file, and is the one loaded',
    (locale) => {
      for (const area of messageAreas) {
        const english = fileOf('en', area)
        const here = fileOf(locale, area)
        const missing = Object.keys(english).filter((k) => !(k in here))
        const misplaced = Object.keys(here).filter((k) => !(k in english))
        expect({ area, missing, misplaced }).toEqual({ area, missing: [], misplaced: [] })
        expect(cataloguesByArea[locale][area], area).toEqual(here)
      }
    },
  )

  test('no English key is in two files', () => {
    const total = messageAreas.reduce((n, area) => n + Object.keys(fileOf('en', area)).length, 0)
    expect(total).toBe(Object.keys(en).length)
  })

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
        'clinic',
        'overdue',
        'fresh',
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
        'rated',
        'decimals',
        'clinics',
        'grouped',
        'size',
        'modality',
        'reason',
        'sections',
        'task',
        'stage',
        'domains',
        'registryId',
        'lastKnown',
        'condition',
        'registration',
        'timeZone',
        'category',
        'registry',
        'accepted',
        'accreditor',
        'provider',
        'relationship',
        'tasks',
        'offset',
        'day',
        'month',
        'year',
        'type',
        'text',
        'names',
        'range',
        'days',
        'status',
        'clinic',
        'council',
        'field',
        'currencies',
        'claim',
        'amount',
        'zone',
        'when',
        'clinicWhen',
        'clinicZone',
        'mine',
        'version',
        'author',
        'treatment',
        'condition',
        // The reviewer console (ADR 0054)
        'needed',
        'subject',
        'method',
        'outcome',
        'item',
        'note',
        'verdict',
        'kind',
        // Reports from the public (ADR 0059)
        'email',
        'received',
        'underReview',
        'closed',
        'what',
        'issuer',
        // The trip's visa (ADR 0061)
        'visa',
        'entries',
        'validity',
        'arrival',
        'departure',
        'country',
        'n',
        // The treatment course (ADR 0062)
        'kg',
        'change',
        'grade',
        'baseline',
        'label',
        'done',
        // The trip (ADR 0064)
        'by',
        'time',
        'carrier',
        'checkIn',
        'checkOut',
        'place',
        'languages',
        'phone',
        'lastDay',
        // Follow-up (ADR 0065)
        'problem',
        // The outcome registry (ADR 0067)
        'threshold',
        'withData',
        'lost',
        'notYetDue',
        'median',
        'coverage',
        // A changed plan against the visa (ADR 0073)
        'visaLastDay',
        'stayLastDay',
        // The comparison's currency when there is no rate for the one asked for
        'shown',
        'shownCode',
        'asked',
        'askedCode',
        // Who sent a case invitation
        'inviter',
        // A clinic team invitation's role
        'clinicRole',
      ].map((k) => [k, k]),
    ) as Record<string, string | number>
    values.count = 3
    values.days = 3
    values.line = 2
    values.allowed = 2
    values.overdueCount = 2
    values.newCount = 1
    values.minutes = 2
    values.who = 'other'
    values.daysLeft = 14
    values.months = 3
    values.points = -4
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(() => t(key, values), key).not.toThrow()
    }
  })
})
