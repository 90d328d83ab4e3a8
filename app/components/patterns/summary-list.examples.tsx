import { SummaryList } from './summary-list.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './summary-list.examples.json' with { type: 'json' }

type Params = { title?: Text; rows: { key: Text; value: Text; change?: string }[] }

export const summaryListExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <SummaryList
    title={say(p.title)}
    rows={p.rows.map((row) => ({ key: say(row.key), value: say(row.value), change: row.change }))}
  />
))
