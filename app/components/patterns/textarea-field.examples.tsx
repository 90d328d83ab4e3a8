import type { ControlParams } from './field.examples.tsx'
import { TextareaField } from './textarea-field.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './textarea-field.examples.json' with { type: 'json' }

type Params = ControlParams & { label: Text; labelIsHeading?: boolean; rows?: number }

export const textareaFieldExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <TextareaField {...p} label={say(p.label)} hint={say(p.hint)} error={say(p.error)} />
))
