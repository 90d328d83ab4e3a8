import { err, ok, type Result } from '../shared/result.ts'
import { isShareableSection, type ShareableSection, type ShareStatus } from './case-consent.ts'

// Sharing is decided for every provider the patient chose, all at once: one
// answer per provider, and "share" must name something. A form with any
// provider undecided changes nothing.
export type ShareAnswer = {
  providerId: string
  decision: string | undefined
  documentIds: readonly string[]
  sections: readonly string[]
}

export type ShareDecision = {
  providerId: string
  share: boolean
  documentIds: string[]
  sections: ShareableSection[]
}

/** `provider` is the provider's name, for a message that says which one (several can be refused at once). */
export type ShareRefusal =
  | { code: 'sharing.undecided'; providerId: string; field: string; provider?: string }
  | { code: 'sharing.nothing-chosen'; providerId: string; field: string; provider?: string }

/** Form fields of the sharing page, per provider. */
export const shareFields = (providerId: string) => ({
  decision: `share-${providerId}`,
  documents: `docs-${providerId}`,
  sections: `sections-${providerId}`,
})

export function shareAnswersOf(
  providerIds: readonly string[],
  fields: Readonly<Record<string, readonly string[]>>,
): ShareAnswer[] {
  return providerIds.map((providerId) => {
    const names = shareFields(providerId)
    return {
      providerId,
      decision: fields[names.decision]?.[0],
      documentIds: fields[names.documents] ?? [],
      sections: fields[names.sections] ?? [],
    }
  })
}

/**
 * Checks every provider's answer; only the case's own available documents
 * can be named and unknown sections are dropped.
 */
export function decideShares(
  answers: readonly ShareAnswer[],
  availableDocumentIds: readonly string[],
): Result<ShareDecision[], ShareRefusal[]> {
  const refusals: ShareRefusal[] = []
  for (const a of answers) {
    const names = shareFields(a.providerId)
    if (a.decision !== 'yes' && a.decision !== 'no')
      refusals.push({ code: 'sharing.undecided', providerId: a.providerId, field: names.decision })
    else if (a.decision === 'yes' && a.documentIds.length === 0 && a.sections.length === 0)
      refusals.push({ code: 'sharing.nothing-chosen', providerId: a.providerId, field: names.sections })
  }
  if (refusals.length > 0) return err(refusals)
  return ok(
    answers.map((a) => {
      const share = a.decision === 'yes'
      return {
        providerId: a.providerId,
        share,
        documentIds: share ? [...new Set(a.documentIds.filter((d) => availableDocumentIds.includes(d)))] : [],
        sections: share ? [...new Set(a.sections.filter(isShareableSection))] : [],
      }
    }),
  )
}

/** Sharing nothing is "not shared"; ending a consent that was given is "withdrawn". */
export function shareStatusAfter(previous: ShareStatus | undefined, share: boolean): ShareStatus {
  if (share) return 'given'
  return previous === 'given' || previous === 'withdrawn' ? 'withdrawn' : 'not-shared'
}
