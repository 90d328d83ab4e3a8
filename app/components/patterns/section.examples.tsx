import { Section } from './section.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './section.examples.json' with { type: 'json' }

type Params = { id: string; title: Text; body: Text; size?: 'l' | 'm'; className?: string }

export const sectionExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <Section id={p.id} title={say(p.title)} size={p.size} className={p.className}>
    <p className="body">{say(p.body)}</p>
  </Section>
))
