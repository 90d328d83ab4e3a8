import { EmailField } from './email-field.tsx'
import { fieldPropsOf, type FieldParams } from './field.examples.tsx'
import { examplesFrom, type ExampleData } from './pattern-example.ts'
import data from './email-field.examples.json' with { type: 'json' }

export const emailFieldExamples = examplesFrom(data as ExampleData<FieldParams>[], (p, say) => (
  <EmailField {...fieldPropsOf(p, say)} />
))
