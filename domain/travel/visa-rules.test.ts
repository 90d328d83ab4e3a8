import { describe, expect, test } from 'vitest'
import { indiaRules } from '#tests/fixtures/visa-rules.ts'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { parseVisaRules, rulesReviewOverdue } from './visa-rules.ts'

describe('visa rules read from a file', () => {
  test('well-formed rules are read as they are', () => {
    expect(parseVisaRules(structuredClone(indiaRules))).toEqual({ ok: true, value: indiaRules })
  })

  test('every problem is named: a negative validity, an unknown letter field, no sources, a bad date', () => {
    const broken = {
      ...structuredClone(indiaRules),
      visa: { ...indiaRules.visa, validityDays: -1 },
      letter: { ...indiaRules.letter, requiredFields: ['patient-name', 'shoe-size'] },
      sourceIds: [],
      reviewDate: '2027-02-30',
    }
    const parsed = parseVisaRules(broken)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok)
      expect(parsed.error).toEqual([
        'visa.validityDays: whole days',
        'letter.requiredFields: known fields, each once',
        'sourceIds: at least one',
        'reviewDate: a date',
      ])
  })

  test('a letter issued by anyone but the hospital is not a rule Waypoint accepts', () => {
    const parsed = parseVisaRules({
      ...indiaRules,
      letter: { ...indiaRules.letter, issuedBy: 'facilitator' },
    })
    expect(parsed).toEqual({ ok: false, error: ['letter.issuedBy: "hospital"'] })
  })

  test('rules past their review date are flagged', () => {
    expect(rulesReviewOverdue(indiaRules, '2027-03-31' as CalendarDate)).toBe(false)
    expect(rulesReviewOverdue(indiaRules, '2027-04-01' as CalendarDate)).toBe(true)
  })
})
