import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { expect, test } from 'vitest'
import { messagesFor } from '#domain/i18n/translate.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { Field, type FieldProps } from './field.tsx'

function render(props: Omit<FieldProps, 'name' | 'label'>): string {
  const Stub = createRoutesStub([
    { id: 'root', path: '/', Component: () => <Field name="n" label="L" {...props} /> },
  ])
  return renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor('ar')}>
      <Stub hydrationData={{ loaderData: { root: { locale: 'ar', messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
}
const dirOf = (html: string) => /<input[^>]*\sdir="([^"]+)"/.exec(html)?.[1] ?? null

test('a number, phone or email box reads left to right, whatever the page', () => {
  for (const props of [
    { inputMode: 'decimal' },
    { inputMode: 'numeric' },
    { type: 'tel' },
    { type: 'email' },
  ] as const)
    expect(dirOf(render(props)), JSON.stringify(props)).toBe('ltr')
})

test('words follow the page, and a field that says its own direction keeps it', () => {
  expect(dirOf(render({}))).toBeNull()
  expect(dirOf(render({ inputMode: 'decimal', dir: 'auto' }))).toBe('auto')
})
