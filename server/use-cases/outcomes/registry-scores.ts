import { alsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { chooseScores } from '#domain/outcomes/registry-cohorts.ts'
import type { DatedTotal } from '#domain/outcomes/slope.ts'
import type { PreTreatmentAssessment } from '#domain/treatment/pre-treatment-assessment.ts'
import type { AnyCaseContext } from '../../cases/case-context.ts'
import { unseal } from '../../cases/case-vault.ts'
import type { Db } from '../../db/client.ts'
import type { CourseRows } from '../../stores/treatment-store.ts'
import { checkInsOf } from '../../stores/follow-up-store.ts'
import type { CheckIn } from '#domain/follow-up/check-in.ts'
import type { CaseId } from '#domain/shared/ids.ts'

/** How the registry reads one case's ALSFRS-R totals; tests pass their own (see registryScores). */
export type ScoreReader = (db: Db, ctx: AnyCaseContext, course: CourseRows) => Promise<DatedTotal[]>

/**
 * THE ONE PLACE the outcome registry reads a case's ALSFRS-R scores (ADR 0067):
 * the intake's self-assessment, the clinic's assessment on arrival and every
 * completed follow-up check-in (ADR 0065), each on the day the scale was
 * answered, since the 6- and 12-month windows are counted from it.
 */
export const registryScores: ScoreReader = async (db, ctx, course) => {
  const intake = alsfrsSummary(ctx.answers())
  const arrival = course.assessment ? unseal<PreTreatmentAssessment>(ctx.key, course.assessment.sealed) : null
  const checkIns = await checkInsOf(db, ctx.row.id as CaseId)
  return chooseScores([
    intake ? { date: intake.date, total: intake.score.total } : null,
    arrival && course.assessment ? { date: course.assessment.assessedOn, total: arrival.alsfrs.total } : null,
    ...checkIns.map((row) =>
      row.answeredOn
        ? { date: row.answeredOn, total: unseal<CheckIn>(ctx.key, row.sealed).alsfrs.total }
        : null,
    ),
  ])
}
