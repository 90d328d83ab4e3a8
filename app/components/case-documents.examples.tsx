import { examplesFrom, type ExampleData, type Text } from '#app/components/patterns/pattern-example.ts'
import { CaseDocumentList, type ListedDocument } from './case-documents.tsx'
import data from './case-documents.examples.json' with { type: 'json' }

type Params = { caseId: string; empty: Text; documents: ListedDocument[] }

export const caseDocumentsExamples = examplesFrom(data as ExampleData<Params>[], (p, say) => (
  <CaseDocumentList caseId={p.caseId} documents={p.documents} empty={say(p.empty)} />
))
