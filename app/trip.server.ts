import type { TripView } from '#server/use-cases/travel/trip-plan.ts'
import type { TripData } from '#app/components/trip-itinerary.tsx'
import type { FormFields } from '#app/forms/action.server.ts'

// What the three trip pages share on the server: the view as a page reads it.
export function tripData(view: TripView): TripData {
  const f = view.fitToFly
  return {
    fitToFly: f
      ? {
          outcome: f.outcome,
          reasons: f.reasons,
          oxygen: f.oxygen,
          signOff: f.signOff,
          hypoxicChallenge: f.hypoxicChallenge,
          recordedAt: f.recordedAt.toISOString(),
        }
      : null,
    timed: view.timed,
    people: view.people,
    visa: view.visa
      ? {
          outlasts: view.visa.outlasts,
          arrival: view.visa.arrival,
          visaLastDay: view.visa.visaLastDay,
          validityDays: view.visa.validityDays,
          visaName: view.visa.visaName,
          visaId: view.visa.visaId,
        }
      : null,
    checklist: { ticked: view.checklist.ticked, progress: view.checklist.progress },
  }
}

/** A form's fields, one value each, as the domain reads them. */
export function rawOf(fields: FormFields): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const [name, values] of Object.entries(fields)) if (values[0] !== undefined) raw[name] = values[0]
  return raw
}

/** An item form's fields for the domain: the stay's ticked features become yes or no. */
export function itemRawOf(fields: FormFields): Record<string, string> {
  const raw = rawOf(fields)
  const features = fields.features ?? []
  for (const f of ['accessibleRoom', 'hoist', 'powerForNiv', 'wheelchairVehicle'])
    raw[f] = features.includes(f) ? 'yes' : 'no'
  return raw
}
