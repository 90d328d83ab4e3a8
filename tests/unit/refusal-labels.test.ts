import { describe, expect, test } from 'vitest'
import { catalogues, translator } from '#domain/i18n/translate.ts'
import { locales } from '#domain/i18n/locales.ts'
import { parseTripItem, tripItemKinds } from '#domain/travel/trip-items.ts'
import { checkTreatmentPlan } from '#domain/quotes/treatment-plan.ts'
import { refusalTable, type RefusalEntry } from '#app/forms/refusals.ts'
import { messageOf } from '#app/lib/action-failure.ts'

// A flight has two airports, dates, times and zones, so a trip form's
// problem is said with its field's label ("Arrival time zone: …"): every
// field a problem can name must have a label in every language.
const emptyForm = Object.fromEntries(
  ['from', 'to', 'departsDate', 'departsTime', 'departsZone', 'checkIn', 'checkOut', 'atDate', 'phone'].map(
    (f) => [f, 'x'],
  ),
)

describe('trip form problems', () => {
  const problems = tripItemKinds.flatMap((kind) =>
    [{}, emptyForm].flatMap((raw) => {
      const parsed = parseTripItem(kind, raw)
      return parsed.ok ? [] : parsed.error
    }),
  )

  test('cover every kind of field, and each names a field with a label in every language', () => {
    expect(new Set(problems.map((p) => p.code))).toContain('trip.phone-invalid')
    for (const p of problems)
      for (const locale of locales)
        expect(catalogues[locale][`trip.form.${p.field}` as never], p.field).toBeTruthy()
  })

  test('tell the departure from the arrival', () => {
    const t = translator('en')
    const said = (field: string) => {
      const entry = refusalTable['trip.airport-invalid']
      return messageOf(t, {
        key: entry.message,
        values: entry.values?.({ code: 'trip.airport-invalid', field }),
      })
    }
    expect(said('from')).not.toBe(said('to'))
    expect(said('to')).toBe(`${t('trip.form.to')}: ${t('refusal.trip.airport-invalid')}`)
  })
})

// A plan has three required texts: "Enter this part of the plan" three times
// over said nothing of which part. Each is said after its label.
describe('plan form problems', () => {
  const plan = {
    protocol: ' ',
    schedule: '',
    sessions: '2',
    lengthOfStayDays: '7',
    pretreatmentTests: 'x'.repeat(4001),
    aftercare: '',
  }
  const doctor = { name: 'Dr A', registrationNumber: '1', registrationCouncil: 'NMC' }
  const checked = checkTreatmentPlan(plan, doctor)
  const problems = checked.ok ? [] : checked.error

  test('name each text field by its label, in every language, and no two read alike', () => {
    expect(problems.map((p) => p.field)).toEqual(['protocol', 'schedule', 'pretreatmentTests', 'aftercare'])
    for (const locale of locales) {
      const t = translator(locale)
      const said = problems.map((p) => {
        const entry: RefusalEntry = refusalTable[p.code]
        return messageOf(t, { key: entry.message, values: entry.values?.(p) })
      })
      expect(new Set(said).size, locale).toBe(problems.length)
      for (const [i, p] of problems.entries())
        expect(said[i], locale).toContain(t(`plan.field.${p.field}` as never))
    }
  })
})
