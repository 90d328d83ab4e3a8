import { describe, expect, test } from 'vitest'
import { memberSource, recordAnswer } from './answer-sources.ts'
import type { IntakeAnswers } from './questions.ts'
import { toCaseExport } from './to-case-export.ts'

const rest = {
  caseId: 'c-1',
  reference: 'WP-2B4D6F',
  exportedAt: new Date('2026-12-02T09:00:00Z'),
  stage: 'inquiry',
  documents: [],
  consents: { processing: null, providers: [] },
  referrals: [],
  consultations: [],
  quotes: [],
}

function answered(by: Parameters<typeof memberSource>[0], entries: [string, IntakeAnswers[string]][]) {
  return entries.reduce<IntakeAnswers>((a, [id, value]) => recordAnswer(a, id, value!, memberSource(by)), {})
}

const son = { id: 'm-son', role: 'representative' as const }
const forHisMother = answered(son, [
  ['who-for', 'someone-else'],
  ['relationship', 'parent'],
  ['authority', 'legal-representative'],
  ['patient-name', 'Salma Haddad'],
  ['contact', { method: 'whatsapp', detail: '+962 7 9123 4567' }],
  ['condition', 'als'],
  ['feeding-tube', 'no'],
  ['alsfrs-date', '2026-11-02'],
  ['alsfrs-1', '3'],
])

describe('a case filled in for someone else, as the export reads it', () => {
  test('the contact details are the representative’s, with the relationship and the authority', () => {
    const x = toCaseExport(forHisMother, rest, { name: 'Karim Haddad', role: 'representative' })
    expect(x.patient).toEqual({ name: 'Salma Haddad' })
    expect(x.actingFor).toEqual({
      name: 'Karim Haddad',
      relationship: 'parent',
      authority: 'legal-representative',
      phone: '+962 7 9123 4567',
    })
  })

  test('a caregiver exporting it does not lend the representative their own name', () => {
    const x = toCaseExport(forHisMother, rest, { name: 'Nadia Helper', role: 'caregiver' })
    expect(x.actingFor).toMatchObject({ relationship: 'parent', phone: '+962 7 9123 4567' })
    expect(x.actingFor?.name).toBeUndefined()
  })

  test('says who gave each ALSFRS-R answer', () => {
    const helper = { id: 'm-helper', role: 'caregiver' as const }
    const answers = recordAnswer(forHisMother, 'alsfrs-2', '4', memberSource(helper))
    const x = toCaseExport(answers, rest, { name: 'Karim Haddad', role: 'representative' })
    expect(x.alsfrs?.answeredBy).toEqual({
      '1': { by: 'representative' },
      '2': { by: 'caregiver', memberId: 'm-helper' },
    })
  })

  test('the patient’s own case keeps their contact details on the patient', () => {
    const own = answered({ id: 'm-p', role: 'patient' }, [
      ['who-for', 'myself'],
      ['patient-name', 'Amira'],
      ['contact', { method: 'email', detail: 'amira@example.test' }],
    ])
    const x = toCaseExport(own, rest, { name: 'Amira', role: 'patient' })
    expect(x.patient.email).toBe('amira@example.test')
    expect(x.actingFor).toBeNull()
  })
})

describe('the budget in the export', () => {
  test.each([
    ['pounds, with pence', { amount: '15000.50', currency: 'GBP' }, 1_500_050],
    ['yen, which have no minor unit', { amount: '2000000', currency: 'JPY' }, 2_000_000],
    ['Kuwaiti dinars, in fils', { amount: '1200.5', currency: 'KWD' }, 1_200_500],
  ])('%s is held in the currency’s own minor units', (_, budget, amountMinor) => {
    const x = toCaseExport(answered(son, [['budget', budget]]), rest, { name: 'K', role: 'representative' })
    expect(x.goals?.budget).toEqual({ amountMinor, currency: budget.currency })
  })
})
