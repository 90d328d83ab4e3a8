import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { describe, expect, test } from 'vitest'
import type { Locale } from '#domain/i18n/locales.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { REGISTRY_THRESHOLD } from '#domain/outcomes/cohort-figures.ts'
import type { StoredOutcome } from '#domain/outcomes/registry-cohorts.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { OfferOutcome } from './offer-outcome.tsx'

function render(outcome: StoredOutcome | null, locale: Locale = 'en'): string {
  const Stub = createRoutesStub([
    {
      id: 'root',
      path: '/',
      Component: () => (
        <OfferOutcome id="o" title="Multidisciplinary ALS care" computedOn="2027-03-01" outcome={outcome} />
      ),
    },
  ])
  return renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor(locale)}>
      <Stub hydrationData={{ loaderData: { root: { locale, messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

const shown: StoredOutcome = {
  shown: true,
  threshold: REGISTRY_THRESHOLD,
  figures: {
    shown: true,
    treated: 15,
    sixMonths: { due: 14, withData: 12, lost: 2, notYetDue: 1 },
    twelveMonths: { due: 14, withData: 10, lost: 4, notYetDue: 1 },
    slopeChange: { people: 12, median: 0.3456, interval: { low: -0.125, high: 0.71, coverage: 0.96143 } },
    seriousAdverseEvents: 3,
  },
}

describe('one offer’s registry figures', () => {
  test.each([
    ['below the threshold', { shown: false, threshold: REGISTRY_THRESHOLD, figures: null } as const],
    ['with no one treated yet', null],
  ])('%s: a plain sentence, and no number but the threshold', (_, outcome) => {
    const page = text(render(outcome))
    const sentence =
      'Fewer than 10 people treated with this offer through Waypoint have 6-month follow-up data, so we show no figures yet.'
    expect(page).toContain(sentence)
    // Nothing else on the section carries a number: no count, no zero.
    expect(page.replace(sentence, '')).not.toMatch(/\d/)
  })

  test('at the threshold, every figure: treated, 6 and 12 months with the lost, slope change, interval, events, date', () => {
    const page = text(render(shown))
    expect(page).toContain('Treated through Waypoint 15 people')
    expect(page).toContain('Scores from 12 of the 14 people due. Lost to follow-up: 2. Not yet due: 1.')
    expect(page).toContain('Scores from 10 of the 14 people due. Lost to follow-up: 4. Not yet due: 1.')
    expect(page).toContain('+0.35 points a month')
    expect(page).toContain('95% confidence interval -0.13 to +0.71 (exact coverage 96.1%)')
    expect(page).toContain('From 12 people with 6-month data')
    expect(page).toContain('Serious adverse events reported 3')
    expect(page).toContain('Figures computed on 1 March 2027')
    expect(page).not.toContain('Fewer than')
  })

  test('a median that cannot be computed is said in words, not shown as zero', () => {
    const none: StoredOutcome = {
      ...shown,
      figures: { ...shown.figures, slopeChange: { people: 0, median: null, interval: null } },
    }
    const page = text(render(none))
    expect(page).toContain('Not enough scores to measure the change yet.')
    expect(page).not.toContain('points a month')
  })

  test('in Arabic and French, the sentence and the figures are in the reader’s language', () => {
    expect(text(render(null, 'fr'))).toContain('Moins de 10 personnes')
    expect(text(render(null, 'ar'))).toContain('لا نعرض أي أرقام بعد')
    expect(text(render(shown, 'fr'))).toContain('points par mois')
  })
})
