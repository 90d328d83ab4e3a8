import { MAX_CHOSEN_OFFERS } from '../intake/task-list.ts'
import { err, ok, type Result } from '../shared/result.ts'

// A patient chooses up to five public offers, or asks the coordinator to
// help them choose. Only offers that may be shown now can be kept.
export type OfferChoiceRefusal = { code: 'offers.too-many'; max: number } | { code: 'offers.none' }

export function decideOfferChoice(
  input: { offerIds: readonly string[]; helpMeChoose: boolean },
  publicIds: ReadonlySet<string>,
): Result<{ keep: string[]; helpMeChoose: boolean }, OfferChoiceRefusal> {
  const ids = [...new Set(input.offerIds)]
  if (ids.length > MAX_CHOSEN_OFFERS) return err({ code: 'offers.too-many', max: MAX_CHOSEN_OFFERS })
  const keep = ids.filter((id) => publicIds.has(id))
  if (keep.length === 0 && !input.helpMeChoose) return err({ code: 'offers.none' })
  return ok({ keep, helpMeChoose: input.helpMeChoose })
}
