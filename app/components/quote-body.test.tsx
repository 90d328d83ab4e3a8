import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { expect, test } from 'vitest'
import { messagesFor } from '#domain/i18n/translate.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { QuoteBody, type QuoteBodyData } from './quote-body.tsx'

const plan = (o: Partial<QuoteBodyData['plan']>): QuoteBodyData => ({
  plan: {
    protocol: 'Assessment and physiotherapy.',
    schedule: '',
    pretreatmentTests: '',
    aftercare: '',
    ...o,
  },
  lines: [],
})

function text(quote: QuoteBodyData): string {
  const Stub = createRoutesStub([
    { id: 'root', path: '/', Component: () => <QuoteBody quote={quote} id="q" caption="Lines" /> },
  ])
  return renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor('en')}>
      <Stub hydrationData={{ loaderData: { root: { locale: 'en', messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
}

test('tests left empty, as the plan form asks when none are needed, read as none needed', () => {
  const shown = text(plan({}))
  expect(shown).toContain('Tests before treatment None needed, says the clinic')
  // Other parts left empty are still said to be missing.
  expect(shown).toMatch(/Schedule[^·]*Not given by the clinic/)
  expect(text(plan({ pretreatmentTests: 'Spirometry.' }))).toContain('Tests before treatment Spirometry.')
})
