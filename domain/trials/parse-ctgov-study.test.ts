import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseCtgovStudy } from './parse-ctgov-study.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/trials/${name}`, import.meta.url), 'utf8')
const study = () => JSON.parse(fixture('ctgov-kaveri-als-recruiting.json'))

describe('reading a ClinicalTrials.gov v2 study', () => {
  test('reads identity, status, design, conditions, sites, sponsor and dates at their precision', () => {
    const parsed = parseCtgovStudy(fixture('ctgov-kaveri-als-recruiting.json'))
    expect(parsed).toEqual({
      ok: true,
      value: {
        registry: 'NCT',
        registryId: 'NCT06543210',
        title: 'Intrathecal Mesenchymal Cells in Early Motor Neuron Disease',
        officialTitle: expect.stringMatching(/^A Randomised, Placebo-controlled Phase 2 Study/),
        status: 'recruiting',
        lastKnownStatus: null,
        phases: ['phase-1', 'phase-2'],
        conditions: ['Motor Neuron Disease'],
        keywords: ['mesenchymal stromal cells', 'intrathecal'],
        sites: [
          {
            facility: 'Kaveri Neuroscience Hospital',
            city: 'Pune',
            address: 'Maharashtra 411001',
            country: 'India',
            status: 'recruiting',
          },
          { facility: null, city: 'Hyderabad', address: 'Telangana', country: 'India', status: null },
        ],
        sponsor: 'Kaveri Cell Sciences Pvt Ltd',
        dates: {
          registered: { precision: 'day', date: '2024-11-20' },
          start: { precision: 'month', date: '2025-02' },
          completion: { precision: 'month', date: '2027-06' },
          lastUpdated: { precision: 'day', date: '2026-10-01' },
        },
        india: null,
      },
    })
  })

  test('keeps the last known status of a study whose status is no longer verified, and a year-only date', () => {
    const parsed = parseCtgovStudy(fixture('ctgov-parkinson-unknown-status.json'))
    expect(parsed.ok && parsed.value).toMatchObject({
      status: 'unknown',
      lastKnownStatus: 'recruiting',
      phases: ['not-applicable'],
      dates: { start: { precision: 'year', date: '2021' } },
      sponsor: null,
    })
  })

  test('a sparse response without locations or conditions reads as empty lists, not a failure', () => {
    const s = study()
    delete s.protocolSection.contactsLocationsModule
    delete s.protocolSection.conditionsModule
    delete s.protocolSection.designModule
    const parsed = parseCtgovStudy(JSON.stringify(s))
    expect(parsed.ok && [parsed.value.sites, parsed.value.conditions, parsed.value.phases]).toEqual([
      [],
      [],
      [],
    ])
  })

  test('a status the registry adds later reads as "other"', () => {
    const s = study()
    s.protocolSection.statusModule.overallStatus = 'AVAILABLE'
    const parsed = parseCtgovStudy(JSON.stringify(s))
    expect(parsed.ok && parsed.value.status).toBe('other')
  })

  test('reads a file saved with a byte-order mark', () => {
    expect(parseCtgovStudy(`\uFEFF${fixture('ctgov-kaveri-als-recruiting.json')}`).ok).toBe(true)
  })

  const refusals: [string, (s: ReturnType<typeof study>) => unknown, object][] = [
    [
      'no id',
      (s) => delete s.protocolSection.identificationModule.nctId,
      { code: 'trial-file.missing-field', field: 'protocolSection.identificationModule.nctId' },
    ],
    [
      'an id of the wrong format',
      (s) => (s.protocolSection.identificationModule.nctId = 'NCT0654321'),
      { code: 'trial-file.bad-id', value: 'NCT0654321' },
    ],
    [
      'a CTRI number where the NCT id goes',
      (s) => (s.protocolSection.identificationModule.nctId = 'CTRI/2025/03/067890'),
      { code: 'trial-file.bad-id' },
    ],
    [
      'an id that is a number',
      (s) => (s.protocolSection.identificationModule.nctId = 6543210),
      { code: 'trial-file.wrong-type', field: 'protocolSection.identificationModule.nctId' },
    ],
    [
      'conditions as one string',
      (s) => (s.protocolSection.conditionsModule.conditions = 'ALS'),
      { code: 'trial-file.wrong-type', field: 'protocolSection.conditionsModule.conditions' },
    ],
    [
      'no overall status',
      (s) => delete s.protocolSection.statusModule.overallStatus,
      { code: 'trial-file.missing-field', field: 'protocolSection.statusModule.overallStatus' },
    ],
    [
      'a date that cannot exist',
      (s) => (s.protocolSection.statusModule.startDateStruct.date = '2025-13'),
      { code: 'trial-file.bad-value', field: 'protocolSection.statusModule.startDateStruct.date' },
    ],
    [
      'an unknown phase',
      (s) => (s.protocolSection.designModule.phases = ['PHASE9']),
      { code: 'trial-file.bad-value', value: 'PHASE9' },
    ],
    [
      'locations that are not a list',
      (s) => (s.protocolSection.contactsLocationsModule.locations = { city: 'Pune' }),
      { code: 'trial-file.wrong-type', field: 'protocolSection.contactsLocationsModule.locations' },
    ],
    [
      'no protocol section',
      (s) => delete s.protocolSection,
      { code: 'trial-file.missing-field', field: 'protocolSection' },
    ],
  ]
  test.each(refusals)('refuses a study with %s, naming the field', (_, change, error) => {
    const s = study()
    change(s)
    const parsed = parseCtgovStudy(JSON.stringify(s))
    expect(parsed).toEqual({ ok: false, error: expect.objectContaining(error) })
    expect(!parsed.ok && parsed.error.message).toMatch(/\S/)
  })

  test.each([
    ['text that is not JSON', 'NCT06543210 recruiting', 'trial-file.unreadable'],
    ['a list of studies', '[]', 'trial-file.wrong-type'],
    ['JSON null', 'null', 'trial-file.wrong-type'],
  ])('refuses %s', (_, text, code) => {
    const parsed = parseCtgovStudy(text)
    expect(!parsed.ok && parsed.error.code).toBe(code)
  })
})
