import { z } from 'zod'
import type { TravelView } from '#server/use-cases/travel/visa.ts'
import type { TravelData } from '#app/components/travel-summary.tsx'

// What the three travel pages share on the server: the view as a page reads
// it (dates as ISO strings) and the traveller form. Passport numbers never
// reach this far unmasked.
export function travelData(view: TravelView): TravelData {
  const iso = (d: Date | null) => (d ? d.toISOString() : null)
  const l = view.letter
  return {
    plan: view.plan,
    rules: view.rules,
    stayOutlastsVisa: view.stayOutlastsVisa,
    letterOutlastsVisa: view.letterOutlastsVisa,
    travellers: view.travellers,
    attendantsLeft: view.attendantsLeft,
    nextSteps: view.nextSteps,
    visaClosed: view.visaClosed,
    letter: l
      ? {
          status: l.status,
          version: l.version,
          requestedAt: l.requestedAt.toISOString(),
          checkedAt: iso(l.checkedAt),
          visaAppliedAt: iso(l.visaAppliedAt),
          visaDecidedAt: iso(l.visaDecidedAt),
          documentId: l.documentId,
          letter: l.letter
            ? {
                arrival: l.letter.arrival,
                departure: l.letter.departure,
                prevalidationReference: l.letter.prevalidationReference,
              }
            : null,
        }
      : null,
  }
}

/**
 * The form's shape only; the rules (format, expiry, how many) are the
 * domain's, refused on their fields. A field left empty reaches the domain as
 * '', so every problem of the form is reported at once, not an empty name
 * first and the rest on the next try. No length limits here either: a
 * too-long field is the domain's to refuse, with its own message, beside the
 * rest (the request's body is bounded before any form is read).
 */
export const travellerSchema = z.object({
  role: z.string({ error: 'travel.error.roleInvalid' }).default(''),
  name: z.string({ error: 'travel.error.nameMissing' }).default(''),
  nationality: z.string({ error: 'travel.error.nationality' }).default(''),
  passportNumber: z.string({ error: 'travel.error.passportFormat' }).default(''),
  passportExpiry: z.string({ error: 'travel.error.dateInvalid' }).default(''),
})
