import { isInvestigational } from './evidence-standing.ts'

// What an offer is, in the words a family reads beside it. An offer outside
// a trial whose treatment is still investigational is listable only because
// a regulator approved the product on condition (Korea's lenzumestrocel):
// calling that "evidence-based care" would contradict the evidence page.
export const offerLabels = ['standard-care', 'registered-trial', 'approved-unproven'] as const
export type OfferLabel = (typeof offerLabels)[number]

export function offerLabel(pathway: string, evidenceStanding: string | null | undefined): OfferLabel {
  if (pathway === 'registered-trial') return 'registered-trial'
  return isInvestigational(evidenceStanding) ? 'approved-unproven' : 'standard-care'
}
