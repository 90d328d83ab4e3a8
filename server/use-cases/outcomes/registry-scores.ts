import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { chooseScores } from '#domain/outcomes/registry-cohorts.ts'
import type { DatedTotal } from '#domain/outcomes/slope.ts'
import type { PreTreatmentAssessment } from '#domain/treatment/pre-treatment-assessment.ts'
import type { AnyCaseContext } from '../../cases/case-context.ts'
import { unseal } from '../../cases/case-vault.ts'
import type { Db } from '../../db/client.ts'
import type { CourseRows } from '../../stores/treatment-store.ts'

/** How the registry reads one case's ALSFRS-R totals; tests pass their own (see registryScores). */
export type ScoreReader = (db: Db, ctx: AnyCaseContext, course: CourseRows) => Promise<DatedTotal[]>

/**
 * THE ONE PLACE the outcome registry reads a case's ALSFRS-R scores (ADR 0067).
 *
 * Today a case holds two: the intake's self-assessment (sealed answers) and
 * the clinic's assessment on arrival (sealed `treatment_assessment`). Both
 * are before treatment, so until follow-up check-ins exist no one has
 * 6-month data and every cohort stays below the threshold.
 *
 * FOLLOW-UP CHECK-INS (issue 17, being built on another branch): when they
 * merge, read each check-in's ALSFRS-R total and date for `ctx.row.id` here
 * and add them to the list passed to `chooseScores` — nothing else in the
 * registry needs to change. Use the date the scale was answered, not the day
 * it was typed in, since the 6- and 12-month windows are counted from it.
 */
export const registryScores: ScoreReader = async (_db, ctx, course) => {
  const intake = alsfrsSummary(ctx.answers())
  const arrival = course.assessment ? unseal<PreTreatmentAssessment>(ctx.key, course.assessment.sealed) : null
  return chooseScores([
    intake ? { date: intake.date, total: intake.score.total } : null,
    arrival && course.assessment ? { date: course.assessment.assessedOn, total: arrival.alsfrs.total } : null,
  ])
}
