import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { describe, expect, test } from 'vitest'
import type { Locale } from '#domain/i18n/locales.ts'
import { currencyOf } from '#domain/quotes/currencies.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import type { ReferralStatus } from '#domain/referrals/referral.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { SentQuote, type SentQuoteView } from './sent-quote.tsx'

const quote: SentQuoteView = {
  overall: { currency: currencyOf('EUR')!.code, minor: 421416 },
  validUntil: '2027-06-30',
  doctor: { name: 'Dr Jonas Weber', registrationNumber: 'DEMO-NRW-0042', registrationCouncil: 'Ärztekammer' },
}

function render(status: ReferralStatus, locale: Locale = 'en'): string {
  const Stub = createRoutesStub([
    { id: 'root', path: '/', Component: () => <SentQuote quote={quote} status={status} /> },
  ])
  const html = renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor(locale)}>
      <Stub hydrationData={{ loaderData: { root: { locale, messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
}

describe('the quote a clinic sent, on its referral', () => {
  test('while the family weighs it, it is with the family', () => {
    expect(render('plan-proposed')).toContain(
      'Your quote of €4,214.16, valid until 30 June 2027, is with the family.',
    )
  })

  test('once the family accepted another clinic’s plan, the clinic is told its quote was not chosen', () => {
    const text = render('closed')
    expect(text).toContain('The family accepted another clinic’s plan, so your quote of €4,214.16')
    expect(text).not.toContain('is with the family')
  })

  test('each other ending says what happened to the quote, with the signing doctor kept', () => {
    expect(render('accepted')).toContain('The family accepted your quote of €4,214.16')
    expect(render('declined-by-patient')).toContain('The family turned down your quote')
    expect(render('expired')).toContain('expired before the family answered')
    expect(render('withdrawn')).toContain('The referral was withdrawn')
    expect(render('closed')).toContain('Signed by Dr Jonas Weber, registration DEMO-NRW-0042')
  })

  test('in Arabic, a closed referral is told in Arabic', () => {
    expect(render('closed', 'ar')).toContain('قبلت العائلة خطة عيادة أخرى')
  })
})
