import { PageTitle } from './page-title.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './page-title.examples.json' with { type: 'json' }

export const pageTitleExamples = examplesFrom(
  data as ExampleData<{ title: Text; error?: boolean }>[],
  (p, say) => <PageTitle title={say(p.title)} error={p.error} />,
)
