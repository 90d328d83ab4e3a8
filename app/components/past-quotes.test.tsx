import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { describe, expect, test } from 'vitest'
import type { Locale } from '#domain/i18n/locales.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { currencyOf } from '#domain/quotes/currencies.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { PastQuotes, type PastQuote, type PastQuoteKind } from './past-quotes.tsx'

const quote = (quoteId: string, minor: number, sessions: number, days: number, at: string): PastQuote => ({
  quoteId,
  totals: { overall: { currency: currencyOf('EUR')!.code, minor } },
  plan: { sessions, lengthOfStayDays: days },
  at,
})
const two = [
  quote('q1', 421416, 3, 14, '2027-02-03T10:00:00Z'),
  quote('q2', 500000, 4, 21, '2027-02-05T10:00:00Z'),
]

function render(kind: PastQuoteKind, quotes: readonly PastQuote[], locale: Locale = 'en'): string {
  const Stub = createRoutesStub([
    { id: 'root', path: '/', Component: () => <PastQuotes kind={kind} quotes={quotes} /> },
  ])
  return renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor(locale)}>
      <Stub hydrationData={{ loaderData: { root: { locale, messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('the quotes a changed plan left behind', () => {
  test('changes not accepted, one line each with the day the family said no', () => {
    const html = render('declined', two)
    expect(html).toContain('data-testid="declined-quotes"')
    expect(text(html)).toContain('Changes not accepted')
    expect(text(html)).toContain('€4,214.16 · sessions: 3 · stay: 14 days · not accepted on 3 February 2027')
    expect(text(html)).toContain('€5,000.00 · sessions: 4 · stay: 21 days · not accepted on 5 February 2027')
  })

  test('earlier quotes, the same list with the day each was replaced', () => {
    const html = render('superseded', two)
    expect(html).toContain('data-testid="superseded-quotes"')
    expect(text(html)).toContain('Earlier quotes')
    expect(text(html)).toContain('€4,214.16 · sessions: 3 · stay: 14 days · replaced on 3 February 2027')
  })

  test('both lists share one markup: only the words differ', () => {
    const shape = (html: string) => html.replace(/>[^<]*</g, '><').replace(/data-testid="[^"]*"/, '')
    expect(shape(render('declined', two))).toBe(shape(render('superseded', two)))
  })

  test('nothing at all when there is nothing to list', () => {
    expect(render('declined', [])).toBe('')
  })

  test('in French and in Arabic', () => {
    expect(text(render('superseded', two, 'fr'))).toContain('Devis précédents')
    expect(text(render('superseded', two, 'fr'))).toContain('remplacé le 3 février 2027')
    expect(text(render('declined', two, 'ar'))).toContain('تعديلات لم تُقبل')
  })
})
