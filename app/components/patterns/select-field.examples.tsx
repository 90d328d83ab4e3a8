import type { ControlParams } from './field.examples.tsx'
import { SelectField } from './select-field.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './select-field.examples.json' with { type: 'json' }

type Params = ControlParams & {
  label: Text
  labelIsHeading?: boolean
  value?: string
  anyLabel?: Text
  width?: 'half'
  options: { value: string; label: Text }[]
}

export const selectFieldExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <SelectField
    {...p}
    label={say(p.label)}
    hint={say(p.hint)}
    error={say(p.error)}
    anyLabel={say(p.anyLabel)}
    value={p.value ?? null}
    options={p.options.map((o) => ({ value: o.value, label: say(o.label) }))}
  />
))
