// Where the records page leads on: records are shared with providers only
// after the family agrees to their processing, so the next step is that
// agreement until it is given, and choosing who sees what after it.
export type RecordsNextStep = 'consent' | 'sharing'

export function recordsNextStep(processingConsentGiven: boolean): RecordsNextStep {
  return processingConsentGiven ? 'sharing' : 'consent'
}
