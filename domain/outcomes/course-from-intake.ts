import type { AlsfrsSummary } from '../intake/alsfrs-summary.ts'
import type { IntakeAnswers } from '../intake/questions.ts'
import type { ChartAssessment, OutcomeCourse } from './outcome-chart-geometry.ts'

// The course a case can chart today: the intake's ALSFRS-R, from the date of
// first symptoms. Later scores (arrival assessment, follow-up check-ins) join
// `later` as those records arrive; until then there is no treatment day.
export function courseFromIntake(
  intake: AlsfrsSummary | null,
  answers: IntakeAnswers,
  later: readonly ChartAssessment[] = [],
  treatedOn: string | null = null,
): OutcomeCourse | null {
  const assessments: ChartAssessment[] = [
    ...(intake
      ? [
          {
            date: intake.date,
            source: 'intake' as const,
            total: intake.score.total,
            domains: intake.score.domains,
            kings: intake.kings,
            mitos: intake.mitos.stage,
          },
        ]
      : []),
    ...later,
  ]
  if (assessments.length === 0) return null
  const onset = answers['first-symptoms']
  return { symptomOnset: typeof onset === 'string' ? onset : null, treatedOn, assessments }
}
