import { describe, expect, test } from 'vitest'
import { translator } from '../i18n/translate.ts'
import { registryTrialText } from './registry-trial-text.ts'
import type { TrialForOffer } from './trial-for-offer.ts'

const record: NonNullable<TrialForOffer['record']> = {
  registry: 'NCT',
  title: 'A trial',
  status: 'recruiting',
  lastKnownStatus: null,
  phases: ['phase-1', 'phase-2'],
  conditions: [],
  sites: [],
  sponsor: null,
  registered: { precision: 'month', date: '2023-05' },
  registeredProspectively: null,
  regulatoryClearance: null,
  fetchedOn: '2026-11-30' as NonNullable<TrialForOffer['record']>['fetchedOn'],
}

describe('a registry record written for its reader', () => {
  test('phases as a list, the registration at its published precision, the refresh as a date', () => {
    expect(registryTrialText('en', translator('en'), record)).toEqual({
      phases: `${translator('en')('trial.phase.phase-1')} and ${translator('en')('trial.phase.phase-2')}`,
      registered: 'May 2023',
      lastRefreshed: '30 November 2026',
    })
  })

  test('no phases and no registration date are left for the page to say "not given"', () => {
    const text = registryTrialText('fr', translator('fr'), { ...record, phases: [], registered: null })
    expect(text).toEqual({ phases: null, registered: null, lastRefreshed: '30 novembre 2026' })
  })
})
