import { and, eq, inArray, sql } from 'drizzle-orm'
import { publicVerdicts } from '#domain/listing/public-verdicts.ts'
import { offer } from '../db/schema/catalogue.ts'

/**
 * The one test of whether an offer may reach a public page or a patient's
 * choice (ADR 0052): the policy's verdict is public, a reviewer approved the
 * offer as it reads now, and its clinic is approved. Raw-SQL readers
 * (refresh-listings.ts) spell the same three conditions.
 */
export const isPublicOffer = and(
  inArray(offer.verdict, [...publicVerdicts]),
  eq(offer.reviewStatus, 'approved'),
  sql`exists (select 1 from provider pp where pp.id = ${offer.providerId} and pp.review_status = 'approved')`,
)!
