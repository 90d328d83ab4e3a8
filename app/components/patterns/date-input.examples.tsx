import { DateInput } from './date-input.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './date-input.examples.json' with { type: 'json' }

type DateParams = {
  prefix: string
  legend: Text
  legendIsHeading?: boolean
  hint?: Text
  error?: Text
  errorField?: string
  values?: Record<string, string[]>
}

export const dateInputExamples = examplesFrom(
  data as ExampleData<DateParams | DateParams[]>[],
  (params, say) =>
    [params]
      .flat()
      .map((p) => (
        <DateInput
          key={p.prefix}
          {...p}
          legend={say(p.legend)}
          hint={say(p.hint)}
          error={say(p.error)}
          values={p.values ?? {}}
        />
      )),
)
