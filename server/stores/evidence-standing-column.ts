import { sql } from 'drizzle-orm'
import { offer } from '../db/schema/catalogue.ts'

/** The evidence standing of an offer's treatment for its condition, as a column (domain/listing/offer-label.ts reads it). */
export const evidenceStandingColumn = sql<
  string | null
>`(select e.standing from evidence e where e.treatment_id = ${offer.treatmentId} and e.condition_id = ${offer.conditionId} limit 1)`
