import type { ControlProps } from './field-messages.tsx'
import { Field, type FieldProps } from './field.tsx'
import { examplesFrom, type ExampleData, type Say, type Text } from './pattern-example.ts'
import data from './field.examples.json' with { type: 'json' }

/** What every control takes (ControlProps), as example data: its words are catalogue keys. */
export type ControlParams = Omit<ControlProps, 'hint' | 'error'> & { hint?: Text; error?: Text }

/** A field's props as example data. */
export type FieldParams = Omit<FieldProps, 'label' | 'hint' | 'error' | 'defaultValue'> &
  ControlParams & { label: Text; defaultValue?: Text }

export function fieldPropsOf(p: FieldParams, say: Say): FieldProps {
  return {
    ...p,
    label: say(p.label),
    hint: say(p.hint),
    error: say(p.error),
    defaultValue: say(p.defaultValue),
  }
}

export const fieldExamples = examplesFrom(data as ExampleData<FieldParams>[], (p, say) => (
  <Field {...fieldPropsOf(p, say)} />
))
