import { ErrorSummary } from './error-summary.tsx'
import { Field } from './field.tsx'
import { fieldPropsOf, type FieldParams } from './field.examples.tsx'
import { examplesFrom, type ExampleData } from './pattern-example.ts'
import data from './error-summary.examples.json' with { type: 'json' }

// The summary and the fields it links to, as a page with errors shows them.
export const errorSummaryExamples = examplesFrom(data as ExampleData<FieldParams[]>[], (fields, say) => (
  <>
    <ErrorSummary errors={fields.map((f) => ({ fieldId: f.name, message: say(f.error ?? '') }))} />
    {fields.map((f) => (
      <Field key={f.name} {...fieldPropsOf(f, say)} />
    ))}
  </>
))
