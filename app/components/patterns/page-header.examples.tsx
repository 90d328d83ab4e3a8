import { PageHeader } from './page-header.tsx'
import { examplesFrom, type ExampleData, type Text } from './pattern-example.ts'
import data from './page-header.examples.json' with { type: 'json' }

type Params = {
  title: Text
  back?: string | { to: string; label: Text }
  failure?: { fieldId: string; message: Text }[]
  caption?: Text
  heading?: boolean
  lede?: Text
}

export const pageHeaderExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <PageHeader
    title={say(p.title)}
    back={typeof p.back === 'object' ? { to: p.back.to, label: say(p.back.label) } : p.back}
    failure={p.failure && { failed: true, list: p.failure.map((e) => ({ ...e, message: say(e.message) })) }}
    caption={say(p.caption)}
    heading={p.heading}
    lede={say(p.lede)}
  />
))
