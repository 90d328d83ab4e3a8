import type { ReactNode } from 'react'
import type { MessageKey, Translate } from '#domain/i18n/translate.ts'

/**
 * A named example of a pattern, like govuk-frontend's components/<name>/<name>.yaml:
 * /dev/patterns renders every one, and tests/e2e/patterns.e2e.ts runs axe over
 * them in English and Arabic.
 */
export type PatternExample = {
  name: string
  /** What the example shows, for the people who build pages (in English, like the code). */
  description: string
  render: (t: Translate) => ReactNode
}

/**
 * A word in an example's data: a catalogue key; a key with its values; or,
 * for what people type or upload (a file name, an email address), the data
 * itself.
 */
export type Text = string | { key: string; values?: Record<string, string | number> } | { data: string }

/** Turns a Text into words in the viewer's language. */
export type Say = {
  (text: Text): string
  (text: Text | undefined): string | undefined
}

/** An example as data (`<pattern>.examples.json`): its params are the component's props, in words from the catalogue. */
export type ExampleData<Params> = { name: string; description: string; params: Params }

export function sayWith(t: Translate): Say {
  return ((text: Text | undefined) => {
    if (text === undefined) return undefined
    if (typeof text === 'string') return t(text as MessageKey)
    return 'data' in text ? text.data : t(text.key as MessageKey, text.values)
  }) as Say
}

/**
 * The examples of a pattern from its data file: each renders the component
 * with its params. Ids in the params are unique across /dev/patterns, which
 * shows every example on one page.
 */
export function examplesFrom<Params>(
  data: readonly ExampleData<Params>[],
  render: (params: Params, say: Say) => ReactNode,
): PatternExample[] {
  return data.map((example) => ({
    name: example.name,
    description: example.description,
    render: (t) => render(example.params, sayWith(t)),
  }))
}
