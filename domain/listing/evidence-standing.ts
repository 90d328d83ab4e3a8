// What the evidence says about a treatment for a condition. A treatment
// that is only in trials, or unproven, is investigational: nobody may be
// charged for it (ICMR 2017), and patients read its evidence first.
export const evidenceStandings = ['approved', 'standard-care', 'in-trials', 'unproven'] as const
export type EvidenceStanding = (typeof evidenceStandings)[number]

export function isInvestigational(standing: string | null | undefined): boolean {
  return standing === 'in-trials' || standing === 'unproven'
}
