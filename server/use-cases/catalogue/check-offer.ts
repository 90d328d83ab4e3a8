import { and, eq } from 'drizzle-orm'
import { decideListing } from '#domain/listing/decide-listing.ts'
import { parsePolicyInput } from '#domain/listing/policy-input.ts'
import type { PolicyDecision } from '#domain/listing/types.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import type { Db } from '../../db/client.ts'
import { evidence } from '../../db/schema/catalogue.ts'
import { currentJurisdictionRules } from './current-rules.ts'

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * `npm run policy:check`: judges an offer described in a file with the rules
 * in force in the database, as the site judges its offers. When the file does
 * not say whether the treatment is investigational, the evidence records say,
 * as they do for the site (for `offer.conditionId` when given).
 */
export async function checkOffer(
  db: Db,
  raw: unknown,
  now: Date,
): Promise<Result<PolicyDecision, { code: 'policy-input.invalid'; issues: string[] }>> {
  const input = parsePolicyInput(raw, now, await currentJurisdictionRules(db))
  if (!input.ok) return err(input.error)
  let investigational = input.value.investigational
  const offer = isObject(raw) && isObject(raw.offer) ? raw.offer : {}
  if (isObject(raw) && typeof raw.investigational !== 'boolean' && input.value.offer.treatmentId) {
    const conditionId = typeof offer.conditionId === 'string' ? offer.conditionId : null
    const rows = await db
      .select({ standing: evidence.standing })
      .from(evidence)
      .where(
        and(
          eq(evidence.treatmentId, input.value.offer.treatmentId),
          conditionId ? eq(evidence.conditionId, conditionId) : undefined,
        ),
      )
    investigational = rows.some((r) => r.standing === 'in-trials' || r.standing === 'unproven')
  }
  return ok(decideListing({ ...input.value, investigational }))
}
