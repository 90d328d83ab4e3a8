import { asc, desc, eq } from 'drizzle-orm'
import { evidenceStandings } from '#domain/listing/evidence-standing.ts'
import type { CalendarDate } from '#domain/shared/calendar-date.ts'
import type { UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import {
  checkFreshness,
  decideEvidenceRevision,
  type EvidenceId,
  type EvidenceRevisionForm,
  type RevisionRefusal,
} from '#domain/review/rule-revision.ts'
import { user } from '../../db/schema/auth.ts'
import { condition, evidence, evidenceVersion, treatment } from '../../db/schema/catalogue.ts'
import { reviseEvidence } from '../catalogue/revise-evidence.ts'
import { StaleRevisionError } from '../catalogue/revise-jurisdiction-rule.ts'
import { knownSources } from './known-sources.ts'
import { authorOf, queueJudging, type ConsoleDeps } from './rules-console.ts'

// The reviewers' console for evidence records (issue 16, ADR 0058), shaped as
// the rules' one. A reviewer edits the standing, the summary, the sources and
// the date of the review; the regulatory, trial and review lists are carried
// into each new version as they are.

export async function listEvidenceForReviewer(deps: ConsoleDeps) {
  return deps.database.db
    .select({
      id: evidence.id,
      conditionName: condition.name,
      treatmentName: treatment.name,
      standing: evidence.standing,
      version: evidence.version,
      lastReviewed: evidence.lastReviewed,
    })
    .from(evidence)
    .innerJoin(condition, eq(condition.id, evidence.conditionId))
    .innerJoin(treatment, eq(treatment.id, evidence.treatmentId))
    .orderBy(asc(condition.name), asc(treatment.name))
}

export async function evidenceForReviewer(deps: ConsoleDeps, evidenceId: EvidenceId) {
  const [row] = await deps.database.db
    .select({ evidence, conditionName: condition.name, treatmentName: treatment.name })
    .from(evidence)
    .innerJoin(condition, eq(condition.id, evidence.conditionId))
    .innerJoin(treatment, eq(treatment.id, evidence.treatmentId))
    .where(eq(evidence.id, evidenceId))
  if (!row) return null
  const versions = await deps.database.db
    .select({ version: evidenceVersion, authorName: user.name })
    .from(evidenceVersion)
    .leftJoin(user, eq(user.id, evidenceVersion.createdBy))
    .where(eq(evidenceVersion.evidenceId, evidenceId))
    .orderBy(desc(evidenceVersion.version))
  const e = row.evidence
  return {
    current: {
      id: e.id,
      conditionName: row.conditionName,
      treatmentName: row.treatmentName,
      standing: e.standing,
      summary: e.summary,
      sourceIds: e.sourceIds,
      lastReviewed: String(e.lastReviewed),
      version: e.version,
    },
    versions: versions.map(({ version: v, authorName }) => ({
      version: v.version,
      standing: v.standing,
      summary: v.summary,
      sourceIds: v.sourceIds,
      lastReviewed: String(v.lastReviewed),
      author: authorOf(v.createdBy, authorName),
      createdAt: v.createdAt.toISOString(),
      note: v.note,
    })),
    choices: { standings: evidenceStandings, sources: knownSources() },
  }
}

/** `today` is the reviewer's calendar date, which the date of the review may not pass. */
export async function reviseEvidenceAsReviewer(
  deps: ConsoleDeps,
  reviewerId: UserId,
  evidenceId: EvidenceId,
  form: EvidenceRevisionForm & { version: string },
  today: CalendarDate,
): Promise<Result<{ version: number }, RevisionRefusal[]> | null> {
  const [current] = await deps.database.db
    .select({ version: evidence.version })
    .from(evidence)
    .where(eq(evidence.id, evidenceId))
  if (!current) return null
  const fresh = checkFreshness(form.version, current.version)
  if (!fresh.ok) return err([fresh.error])
  const decided = decideEvidenceRevision(form, { sourceIds: new Set(knownSources().map((s) => s.id)) }, today)
  if (!decided.ok) return decided
  const { note, ...changes } = decided.value
  try {
    const revised = await reviseEvidence(deps.database.db, {
      evidenceId,
      changes,
      by: reviewerId,
      note,
      expectedVersion: current.version,
    })
    await queueJudging(deps, revised.scope)
    return ok({ version: revised.version })
  } catch (error) {
    if (error instanceof StaleRevisionError) return err([{ code: 'rule-revision.stale', field: 'form' }])
    throw error
  }
}
