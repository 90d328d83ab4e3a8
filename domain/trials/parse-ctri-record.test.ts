import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseCtriCsv, parseCtriJson } from './parse-ctri-record.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/trials/${name}`, import.meta.url), 'utf8')
const record = () => JSON.parse(fixture('ctri-kaveri-als.json'))

describe('reading a CTRI record', () => {
  test('from JSON: number, registration date and timing, clearance, ethics committees, sites, status, condition, phase, sponsor', () => {
    const parsed = parseCtriJson(fixture('ctri-kaveri-als.json'))
    expect(parsed).toEqual({
      ok: true,
      value: {
        registry: 'CTRI',
        registryId: 'CTRI/2025/03/067890',
        title: 'Cells given into the spinal fluid for people with early ALS',
        officialTitle: expect.stringMatching(/^Safety and efficacy of repeated intrathecal/),
        status: 'recruiting',
        lastKnownStatus: null,
        phases: ['phase-2'],
        conditions: ['(1) ICD-10 Condition: G122||Motor neuron disease', 'Amyotrophic lateral sclerosis'],
        keywords: [],
        sites: [
          {
            facility: 'Kaveri Neuroscience Hospital',
            address: 'Department of Neurology, 14 Riverside Road, Pune, MAHARASHTRA',
            city: null,
            country: 'India',
            status: null,
          },
          {
            facility: 'Deccan Institute of Neurology',
            address: 'Banjara Hills, Hyderabad, TELANGANA',
            city: 'Hyderabad',
            country: 'India',
            status: null,
          },
        ],
        sponsor: 'Kaveri Cell Sciences Pvt Ltd',
        dates: {
          registered: { precision: 'day', date: '2025-03-11' },
          start: { precision: 'day', date: '2025-05-01' },
          completion: null,
          lastUpdated: { precision: 'day', date: '2026-10-02' },
        },
        india: {
          registeredProspectively: true,
          regulatoryClearance: 'Approved/Obtained',
          studyType: 'Stem Cell Therapy',
          ethicsCommittees: [
            {
              committee: 'Institutional Ethics Committee, Kaveri Neuroscience Hospital',
              status: 'Approved',
              approvedOn: { precision: 'day', date: '2025-02-05' },
            },
            {
              committee: 'Ethics Committee, Deccan Institute of Neurology',
              status: 'Submittted/Under Review',
              approvedOn: null,
            },
          ],
        },
      },
    })
  })

  test('from a CSV export: repeated rows make the tables, quoted cells keep commas and quotes', () => {
    const parsed = parseCtriCsv(fixture('ctri-deccan-stroke.csv'))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value).toMatchObject({
      registryId: 'CTRI/2023/11/061234',
      status: 'active-not-recruiting',
      phases: ['phase-1', 'phase-2'],
      conditions: ['Ischaemic stroke'],
      sponsor: 'Deccan Institute of Neurology',
      dates: { registered: { precision: 'day', date: '2023-11-28' } },
      india: {
        registeredProspectively: false,
        regulatoryClearance: 'Not Applicable',
        studyType: 'Stem Cell Therapy',
        ethicsCommittees: [
          {
            committee: 'Institutional Ethics Committee, Deccan Institute of Neurology',
            status: 'Approved',
            approvedOn: { precision: 'day', date: '2023-10-02' },
          },
        ],
      },
    })
    expect(parsed.value.sites.map((s) => [s.facility, s.city])).toEqual([
      ['Deccan Institute of Neurology', 'Hyderabad'],
      ['Sahyadri "Brain & Spine" Centre', null],
    ])
  })

  test.each([
    ['Not Yet Recruiting', 'not-yet-recruiting'],
    ['Recruiting', 'recruiting'],
    ['Completed', 'completed'],
    ['Terminated', 'terminated'],
    ['Suspended', 'suspended'],
    ['Not Applicable', 'other'],
  ])('recruitment status in India “%s” reads as %s', (words, status) => {
    const r = record()
    r['Recruitment Status of Trial (India)'] = words
    const parsed = parseCtriJson(JSON.stringify(r))
    expect(parsed.ok && parsed.value.status).toBe(status)
  })

  test('a separate “Registered on” field and a record that says nothing about timing', () => {
    const r = record()
    r['CTRI Number'] = 'CTRI/2009/091/000051'
    r['Registered on'] = '3/9/2009'
    const parsed = parseCtriJson(JSON.stringify(r))
    expect(
      parsed.ok && [
        parsed.value.registryId,
        parsed.value.dates.registered,
        parsed.value.india?.registeredProspectively,
      ],
    ).toEqual(['CTRI/2009/091/000051', { precision: 'day', date: '2009-09-03' }, null])
  })

  const refusals: [string, (r: Record<string, unknown>) => unknown, object][] = [
    [
      'no CTRI number',
      (r) => delete r['CTRI Number'],
      { code: 'trial-file.missing-field', field: 'CTRI Number' },
    ],
    [
      'a number with a thirteenth month',
      (r) => (r['CTRI Number'] = 'CTRI/2025/13/067890 [Registered on: 11/03/2025]'),
      { code: 'trial-file.bad-id', value: 'CTRI/2025/13/067890' },
    ],
    ['an NCT id', (r) => (r['CTRI Number'] = 'NCT06543210'), { code: 'trial-file.bad-id' }],
    [
      'a registration date that cannot exist',
      (r) => (r['CTRI Number'] = 'CTRI/2025/03/067890 [Registered on: 31/02/2025]'),
      { code: 'trial-file.bad-value', field: 'Registered on' },
    ],
    [
      'sites as a number',
      (r) => (r['Sites of Study'] = 3),
      { code: 'trial-file.wrong-type', field: 'Sites of Study[0]' },
    ],
    [
      'a site without a name',
      (r) => (r['Sites of Study'] = [{ 'Site Address': 'Pune' }]),
      { code: 'trial-file.missing-field', field: 'Sites of Study[0].Name of Site' },
    ],
    [
      'no recruitment status',
      (r) => delete r['Recruitment Status of Trial (India)'],
      { code: 'trial-file.missing-field', field: 'Recruitment Status of Trial (India)' },
    ],
    [
      'a phase that is not one',
      (r) => (r['Phase of Trial'] = 'Early'),
      { code: 'trial-file.bad-value', value: 'Early' },
    ],
    [
      'a title that is a list',
      (r) => (r['Public Title of Study'] = ['ALS']),
      { code: 'trial-file.wrong-type' },
    ],
  ]
  test.each(refusals)('refuses a record with %s', (_, change, error) => {
    const r = record()
    change(r)
    const parsed = parseCtriJson(JSON.stringify(r))
    expect(parsed).toEqual({ ok: false, error: expect.objectContaining(error) })
  })

  test.each([
    ['a CSV with a quote left open', 'CTRI Number,"CTRI/2025/03/067890\n', 'trial-file.unreadable'],
    ['an empty CSV', '\n\n', 'trial-file.unreadable'],
    ['a CSV without the number', 'Field,Value\nPhase of Trial,Phase 2\n', 'trial-file.missing-field'],
  ])('refuses %s', (_, text, code) => {
    const parsed = parseCtriCsv(text)
    expect(!parsed.ok && parsed.error.code).toBe(code)
  })

  test('refuses JSON that is not JSON', () => {
    const parsed = parseCtriJson('CTRI Number: CTRI/2025/03/067890')
    expect(!parsed.ok && parsed.error).toMatchObject({
      code: 'trial-file.unreadable',
      message: 'The file is not JSON',
    })
  })
})
