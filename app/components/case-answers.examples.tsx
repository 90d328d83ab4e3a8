import type { IntakeAnswers } from '#domain/intake/questions.ts'
import { examplesFrom, type ExampleData } from '#app/components/patterns/pattern-example.ts'
import { questionPath } from '#app/lib/case-paths.ts'
import { AnswerSections } from './case-answers.tsx'
import data from './case-answers.examples.json' with { type: 'json' }

const exampleCase = '0d3e7c52-5a1b-4c8e-9f00-000000000001'

// One example only: its sections are regions named by the section, which a
// page holds once.
export const caseAnswersExamples = examplesFrom(
  data as ExampleData<{ level: 2 | 3; answers: IntakeAnswers }>[],
  (p) => (
    <AnswerSections
      answers={p.answers}
      level={p.level}
      change={(id) => questionPath(exampleCase, id, 'check-answers')}
    />
  ),
)
