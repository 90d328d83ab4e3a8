import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { CalendarDate } from '../shared/calendar-date.ts'
import { parseCtgovStudy } from './parse-ctgov-study.ts'
import { parseCtriJson } from './parse-ctri-record.ts'
import type { TrialRecord } from './trial-record.ts'
import { trialMismatches, type OfferTrialClaim } from './trial-mismatch.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/trials/${name}`, import.meta.url), 'utf8')
const ctgov = () => {
  const r = parseCtgovStudy(fixture('ctgov-kaveri-als-recruiting.json'))
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
const ctri = () => {
  const r = parseCtriJson(fixture('ctri-kaveri-als.json'))
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const alsNames = [
  'Amyotrophic lateral sclerosis (ALS)',
  'ALS',
  'amyotrophic lateral sclerosis',
  'motor neurone disease',
  'motor neuron disease',
  'sclérose latérale amyotrophique',
  'التصلب الجانبي الضموري',
]
const claim: OfferTrialClaim = {
  registryId: 'NCT06543210',
  providerName: 'Kaveri Neuroscience Hospital',
  providerCity: 'Pune',
  providerCountry: 'IN',
  conditionNames: alsNames,
}
const today = '2026-11-20' as CalendarDate
const fresh = (record: TrialRecord) => ({ record, fetchedOn: '2026-11-10' as CalendarDate })
const codes = (c: OfferTrialClaim, r: TrialRecord, fetchedOn = '2026-11-10') =>
  trialMismatches(c, { record: r, fetchedOn: fetchedOn as CalendarDate }, today).map((m) => m.code)

describe('an offer’s claimed trial against the registry', () => {
  test('a recruiting ALS trial that lists the clinic, refreshed this month, raises no flag', () => {
    expect(trialMismatches(claim, fresh(ctgov()), today)).toEqual([])
    expect(trialMismatches({ ...claim, registryId: 'CTRI/2025/03/067890' }, fresh(ctri()), today)).toEqual([])
  })

  test('a claimed trial with no imported record says so', () => {
    expect(trialMismatches(claim, null, today)).toEqual([{ code: 'trial.not-imported' }])
  })

  test.each([
    'completed',
    'active-not-recruiting',
    'not-yet-recruiting',
    'suspended',
    'withdrawn',
    'terminated',
  ] as const)('a %s trial is flagged as not recruiting', (status) => {
    expect(trialMismatches(claim, fresh({ ...ctgov(), status }), today)).toEqual([
      { code: 'trial.not-recruiting', status, lastKnownStatus: null },
    ])
  })

  test('a trial whose status is unknown is flagged, with the status it last had', () => {
    expect(
      trialMismatches(claim, fresh({ ...ctgov(), status: 'unknown', lastKnownStatus: 'recruiting' }), today),
    ).toEqual([{ code: 'trial.not-recruiting', status: 'unknown', lastKnownStatus: 'recruiting' }])
  })

  test('enrolment by invitation still counts as recruiting', () => {
    expect(codes(claim, { ...ctgov(), status: 'enrolling-by-invitation' })).toEqual([])
  })

  test.each<[string, Partial<OfferTrialClaim>]>([
    ['another clinic', { providerName: 'Sunrise Regenerative Centre' }],
    ['the same name in another city', { providerCity: 'Nagpur' }],
    ['the same name and city in another country', { providerCountry: 'MX' }],
  ])('a clinic the record does not list as a site is flagged: %s', (_, change) => {
    expect(codes({ ...claim, ...change }, ctgov())).toEqual(['trial.provider-not-a-site'])
  })

  test('a site is recognised under an older city name and with generic words left out', () => {
    const record = ctgov()
    record.sites = [
      {
        facility: 'KAVERI NEUROSCIENCE HOSPITAL & Research Centre',
        city: 'Bangalore',
        address: null,
        country: 'India',
        status: null,
      },
    ]
    expect(codes({ ...claim, providerCity: 'Bengaluru' }, record)).toEqual([])
  })

  test('a recruiting trial whose site at this clinic has stopped recruiting is flagged with the site’s status', () => {
    const record = ctgov()
    record.sites[0] = { ...record.sites[0]!, status: 'completed' }
    expect(trialMismatches(claim, fresh(record), today)).toEqual([
      { code: 'trial.site-not-recruiting', status: 'completed' },
    ])
    // A trial not recruiting at all is flagged once, as such.
    expect(codes(claim, { ...record, status: 'completed' })).toEqual(['trial.not-recruiting'])
  })

  test('a site without a facility name cannot prove the clinic takes part', () => {
    const record = ctgov()
    record.sites = [{ facility: null, city: 'Pune', address: null, country: 'India', status: null }]
    expect(codes(claim, record)).toEqual(['trial.provider-not-a-site'])
  })

  test('a CTRI site is matched on its address when it gives no city', () => {
    expect(codes({ ...claim, providerCity: 'Hyderabad' }, ctri())).toEqual(['trial.provider-not-a-site'])
    expect(
      codes({ ...claim, providerName: 'Deccan Institute of Neurology', providerCity: 'Hyderabad' }, ctri()),
    ).toEqual([])
  })

  test.each([
    ['ALS', ['ALS']],
    ['Amyotrophic Lateral Sclerosis', ['Amyotrophic Lateral Sclerosis']],
    ['Motor Neurone Disease', ['Motor Neurone Disease']],
    ['Sclérose latérale amyotrophique', ['Sclérose Laterale Amyotrophique']],
  ])('a trial on %s is about ALS under any of its names', (_, conditions) => {
    expect(codes(claim, { ...ctgov(), conditions, keywords: [] })).toEqual([])
  })

  test('a trial on another condition is flagged, with the conditions it studies', () => {
    const record = { ...ctgov(), conditions: ['Parkinson Disease'], keywords: ['cell therapy'] }
    expect(trialMismatches(claim, fresh(record), today)).toEqual([
      { code: 'trial.other-condition', conditions: ['Parkinson Disease'] },
    ])
  })

  test('a name inside another word does not count ("als" in "trials")', () => {
    expect(codes(claim, { ...ctgov(), conditions: ['Healthy volunteers in trials'], keywords: [] })).toEqual([
      'trial.other-condition',
    ])
  })

  test('a record naming no condition is judged on its title', () => {
    expect(codes(claim, { ...ctgov(), conditions: [], keywords: [], title: 'Cells for ALS' })).toEqual([])
    expect(
      codes(claim, {
        ...ctgov(),
        conditions: [],
        keywords: [],
        title: 'Cells for stroke',
        officialTitle: null,
      }),
    ).toEqual(['trial.other-condition'])
  })

  test('registry data fetched more than 30 days ago is flagged with its age; 30 days is still fresh', () => {
    expect(codes(claim, ctgov(), '2026-10-21')).toEqual([])
    expect(
      trialMismatches(claim, { record: ctgov(), fetchedOn: '2026-10-20' as CalendarDate }, today),
    ).toEqual([{ code: 'trial.stale', days: 31 }])
  })

  test('every flag at once', () => {
    const record = {
      ...ctgov(),
      status: 'completed' as const,
      conditions: ['Stroke'],
      keywords: [],
      sites: [],
    }
    expect(codes(claim, record, '2026-01-01')).toEqual([
      'trial.not-recruiting',
      'trial.provider-not-a-site',
      'trial.other-condition',
      'trial.stale',
    ])
  })
})
