import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { describe, expect, test } from 'vitest'
import type { Locale } from '#domain/i18n/locales.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { currencyOf } from '#domain/quotes/currencies.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { PlanForDoctorSummary, type PlanForDoctor } from './plan-for-doctor.tsx'

const plan = (lengthOfStayDays: number): PlanForDoctor => ({
  providerName: 'Lotus Neuro Centre (demo)',
  total: { currency: currencyOf('EUR')!.code, minor: 421416 },
  plan: {
    protocol: 'Multidisciplinary assessment',
    schedule: 'Week one: assessment',
    sessions: 3,
    lengthOfStayDays,
    pretreatmentTests: '',
    aftercare: 'Home physiotherapy',
    doctor: { name: 'Dr Asha Rao', registrationNumber: 'KMC-12345', registrationCouncil: 'KMC' },
  },
})

function render(p: PlanForDoctor, locale: Locale = 'en'): string {
  const Stub = createRoutesStub([
    { id: 'root', path: '/', Component: () => <PlanForDoctorSummary plan={p} headingId="plan-0" /> },
  ])
  const html = renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor(locale)}>
      <Stub hydrationData={{ loaderData: { root: { locale, messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
}

describe('a clinic’s plan, as the reviewing doctor reads it', () => {
  test('the length of stay is given with its unit, in days as the plan stores it', () => {
    expect(render(plan(10))).toContain('Length of stay 10 days')
    expect(render(plan(1))).toContain('Length of stay 1 day')
  })

  test('in French and in Arabic, with each language’s plural', () => {
    expect(render(plan(10), 'fr')).toContain('10 jours')
    expect(render(plan(1), 'fr')).toContain('1 jour')
    expect(render(plan(10), 'ar')).toContain('10 أيام')
    expect(render(plan(2), 'ar')).toContain('يومان')
  })
})
