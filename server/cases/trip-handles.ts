import type { Locale } from '#domain/i18n/locales.ts'
import type { ProviderId } from '#domain/shared/ids.ts'
import {
  addTripItem,
  changeTripItem,
  readTrip,
  recordFitToFly,
  removeTripItem,
  saveChecklist,
  tripCalendar,
} from '../use-cases/travel/trip-plan.ts'
import type { CaseContext } from './case-context.ts'
import type { CaseDeps } from './case-deps.ts'

// The trip after the visa (ADR 0064), as each audience may use it: the
// coordinator records the fit-to-fly check and edits the plan, the family
// ticks the checklist, the treating clinic reads. Spread into the handles.
type Raw = Readonly<Record<string, string | undefined>>

export function coordinatorTrip(deps: CaseDeps, ctx: CaseContext) {
  return {
    /** Fit to fly, the plan in time order, the visa warning, the checklist; every read audited. */
    trip: () => readTrip(deps, ctx, 'coordinator'),
    recordFitToFly: (raw: Raw) => recordFitToFly(deps, ctx, raw),
    addTripItem: (kind: string, raw: Raw) => addTripItem(deps, ctx, kind, raw),
    changeTripItem: (itemId: string, seenVersion: number, raw: Raw) =>
      changeTripItem(deps, ctx, itemId, seenVersion, raw),
    removeTripItem: (itemId: string, seenVersion: number) => removeTripItem(deps, ctx, itemId, seenVersion),
    tripCalendar: (locale: Locale) => tripCalendar(deps, ctx, 'coordinator', locale),
  }
}

export function familyTrip(deps: CaseDeps, ctx: CaseContext) {
  return {
    trip: () => readTrip(deps, ctx, 'member'),
    /** Every line ticked now; the lines that changed are saved. */
    saveChecklist: (done: readonly string[]) => saveChecklist(deps, ctx, done),
    tripCalendar: (locale: Locale) => tripCalendar(deps, ctx, 'member', locale),
  }
}

export function clinicTrip(deps: CaseDeps, ctx: CaseContext, providerId: ProviderId) {
  return {
    /** Only while this clinic's plan is the accepted one; read only, audited. */
    trip: () => readTrip(deps, ctx, 'clinic', providerId),
    tripCalendar: (locale: Locale) => tripCalendar(deps, ctx, 'clinic', locale, providerId),
  }
}
