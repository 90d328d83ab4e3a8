import {
  calendarDayOrNull,
  cohortsOf,
  type Cohort,
  type TreatedCase,
} from '#domain/outcomes/registry-cohorts.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { caseContext, type SystemActor } from '../../cases/case-context.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { openCaseKey } from '../../cases/case-vault.ts'
import { findCase } from '../../stores/case-store.ts'
import { treatedCases } from '../../stores/outcome-store.ts'
import { courseRows } from '../../stores/treatment-store.ts'
import { registryScores, type ScoreReader } from './registry-scores.ts'

const registry: SystemActor = { kind: 'system', userId: null, job: 'outcome-registry' }

/**
 * The registry's cohorts on `asOf`, one per provider and offer: every person
 * whose accepted plan was with that provider and who had at least one
 * session there (ADR 0067), with their scores, onset, first treatment day
 * and serious adverse events. Waypoint reads each case as itself (ADR 0060):
 * the key is opened as the job that expires quotes opens it, and each read is
 * audited with identifiers only. An erased case has no key and is left out.
 */
export async function registryCohorts(
  deps: Pick<CaseDeps, 'db' | 'keys'>,
  asOf: string,
  options: { providerIds?: readonly string[]; scores?: ScoreReader } = {},
): Promise<{ cohorts: Cohort[]; read: number; skipped: number }> {
  const readScores = options.scores ?? registryScores
  const treated: TreatedCase[] = []
  let skipped = 0
  for (const t of await treatedCases(deps.db, asOf, options.providerIds)) {
    const row = await findCase(deps.db, t.caseId as CaseId)
    const key = row && openCaseKey(row.wrappedKey, deps.keys.master)
    if (!row || !key) {
      skipped++
      continue
    }
    const ctx = caseContext(row, key, registry, null)
    // Written before the scores are read, as every read of health data is.
    await appendAudit(deps.db, {
      actorUserId: null,
      action: 'outcomes.case-read',
      subjectType: 'case',
      subjectId: t.caseId,
      details: { by: 'system', actor: 'system', job: registry.job, providerId: t.providerId },
    })
    const scores = await readScores(deps.db, ctx, await courseRows(deps.db, t.caseId as CaseId))
    treated.push({
      ...t,
      symptomOnset: calendarDayOrNull(ctx.answers()['first-symptoms']),
      scores,
    })
  }
  return { cohorts: cohortsOf(treated), read: treated.length, skipped }
}
