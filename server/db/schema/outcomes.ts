import { sql } from 'drizzle-orm'
import { boolean, check, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import type { StoredOutcome } from '#domain/outcomes/registry-cohorts.ts'
import { provider } from './app.ts'
import { offer } from './catalogue.ts'

/**
 * The public outcome registry (issue 17, ADR 0067): the latest figures for
 * each provider and offer, computed by the `outcomes.refresh` job from
 * domain/outcomes/cohort-figures.ts. Below the threshold only that fact is
 * stored: `figures` is null and no count is kept anywhere, so no page can
 * show one by mistake.
 */
export const outcomeFigure = pgTable(
  'outcome_figure',
  {
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id, { onDelete: 'cascade' }),
    offerId: text('offer_id')
      .notNull()
      .references(() => offer.id, { onDelete: 'cascade' }),
    /** The calendar day (UTC) the figures are computed for; scores after it are ignored. */
    computedOn: text('computed_on').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    shown: boolean('shown').notNull(),
    threshold: integer('threshold').notNull(),
    /** cohortFigures' shown result; null below the threshold. */
    figures: jsonb('figures').$type<Extract<StoredOutcome, { shown: true }>['figures']>(),
  },
  (t) => [
    primaryKey({ columns: [t.providerId, t.offerId] }),
    check('outcome_figure_shown_check', sql`${t.shown} = (${t.figures} is not null)`),
  ],
)
