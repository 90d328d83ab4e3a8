import registry from '../../content/sources.json' with { type: 'json' }
import type { SourceRef } from './types.ts'

// The sources the listing policy's own reasons and red flags rest on, by their
// id in the one registry (content/sources.json). A jurisdiction rule cites its
// sources by id in the database; these are the policy's fixed ones.
/** A source of content/sources.json by its id, as a reason cites it (throws on an unknown id: a bug in reviewed data). */
export function citeSource(id: string): SourceRef {
  const s = registry.find((x) => x.id === id)
  if (!s) throw new Error(`source id "${id}" is not in content/sources.json`)
  return 'url' in s && s.url ? { title: s.title, url: s.url } : { title: s.title }
}

export const policySourceIds = {
  ngscr: 'ngscr-2017-lahiry',
  supremeCourt: 'sci-2026-insc-96-report',
  ndct: 'ndct-2019-rules-8-19',
  ctri: 'ctri-prospective-registration',
  nacscrt: 'nacscrt-icscr-registration',
  isscr: 'isscr-what-to-ask',
  fda2021: 'fda-2021-regenerative-medicine',
  aan2009: 'aan-2009-practice-parameter',
  jci: 'jci-public-information-policy',
  koreaApproval: 'corestem-neuronata-r',
} as const

export const policySources = Object.fromEntries(
  Object.entries(policySourceIds).map(([key, id]) => [key, citeSource(id)]),
) as Record<keyof typeof policySourceIds, SourceRef>
