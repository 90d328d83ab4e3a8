import { Table } from './table.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './table.examples.json' with { type: 'json' }

type Params = {
  caption?: Text
  captionVisible?: boolean
  columns: { header: Text; dir?: 'ltr' | 'auto'; rowHeader?: boolean }[]
  rows: Text[][]
  empty?: Text
}

export const tableExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <Table
    caption={say(p.caption)}
    captionVisible={p.captionVisible}
    empty={say(p.empty)}
    rows={p.rows}
    columns={p.columns.map((c, i) => ({ ...c, header: say(c.header), cell: (row: Text[]) => say(row[i]) }))}
  />
))
