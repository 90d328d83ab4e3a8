import { AskFirst } from './ask-first.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './ask-first.examples.json' with { type: 'json' }

type Params = { id: string; question: Text; fields: Record<string, string>; yes: Text; no: Text; body: Text }

export const askFirstExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <AskFirst id={p.id} question={say(p.question)} fields={p.fields} yes={say(p.yes)} no={say(p.no)}>
    <p className="body">{say(p.body)}</p>
  </AskFirst>
))
