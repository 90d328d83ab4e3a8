import { examplesFrom, type ExampleData, type Text } from '#app/components/patterns/pattern-example.ts'
import { CasePage, type CaseSection } from './case-nav.tsx'
import data from './case-nav.examples.json' with { type: 'json' }

type Params = { caseId: string; current: CaseSection; title: Text; body: Text }

// One example only: the case's navigation is a landmark with one name, so a
// page holds it once.
export const casePageExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <CasePage caseId={p.caseId} current={p.current} title={say(p.title)}>
    <p className="body">{say(p.body)}</p>
  </CasePage>
))
