import { expect, test } from 'vitest'
import { alsfrsSummary } from '../intake/alsfrs-summary.ts'
import type { IntakeAnswers } from '../intake/questions.ts'
import { courseFromIntake } from './course-from-intake.ts'

const answers: IntakeAnswers = {
  'first-symptoms': '2025-01-01',
  'alsfrs-date': '2026-01-01',
  ...Object.fromEntries(
    ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11'].map((id) => [`alsfrs-${id}`, '3']),
  ),
  // No breathing support: item 12 below 4 would put King's at 4B.
  'alsfrs-12': '4',
}

test('the intake’s score, subscores and stages, from the date of first symptoms', () => {
  expect(courseFromIntake(alsfrsSummary(answers), answers)).toEqual({
    symptomOnset: '2025-01-01',
    treatedOn: null,
    assessments: [
      {
        date: '2026-01-01',
        source: 'intake',
        total: 37,
        domains: { bulbar: 9, 'fine-motor': 9, 'gross-motor': 9, respiratory: 10 },
        kings: '3',
        mitos: 0,
      },
    ],
  })
})

test('no scored questionnaire, no course', () => {
  expect(courseFromIntake(null, { 'first-symptoms': '2025-01-01' })).toBeNull()
})
