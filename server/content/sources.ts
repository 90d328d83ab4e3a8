import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { SourceRef } from '#domain/listing/types.ts'
import { contentPath } from './content-root.ts'

// One registry of sources (content/sources.json): every page, evidence record
// and jurisdiction rule cites a source by its id. Read and checked once per process.
const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens'),
  title: z.string().min(3),
  url: z.url().optional(),
  publisher: z.string().min(2).optional(),
  /** When the source was published: a year, year-month or full date. */
  date: z.string().regex(isoDate).optional(),
  /** When a Waypoint reviewer last checked the source. */
  lastReviewed: z.iso.date(),
  status: z.enum(['verified', 'partial', 'unverified']).optional(),
})
export type Source = z.infer<typeof sourceSchema>

export const registrySchema = z.array(sourceSchema).superRefine((sources, ctx) => {
  const seen = new Set<string>()
  for (const s of sources) {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: `source id "${s.id}" appears twice` })
    seen.add(s.id)
  }
})

let registry: Map<string, Source> | undefined
// One object per source, so a page citing it in several sections sends it once.
const refs = new Map<string, SourceRef>()

export function sourceRegistry(): Map<string, Source> {
  if (registry) return registry
  const file = contentPath('sources.json')
  const parsed = registrySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new Error(`${file} is invalid: ${z.prettifyError(parsed.error)}`)
  registry = new Map(parsed.data.map((s) => [s.id, s]))
  return registry
}

export class UnknownSourceError extends Error {}

/** The sources behind these ids, as pages and reasons show them; an unknown id throws. */
export function resolveSources(ids: readonly string[]): SourceRef[] {
  const all = sourceRegistry()
  return ids.map((id) => {
    const s = all.get(id)
    if (!s) throw new UnknownSourceError(`source id "${id}" is not in content/sources.json`)
    let ref = refs.get(id)
    if (!ref) refs.set(id, (ref = s.url ? { title: s.title, url: s.url } : { title: s.title }))
    return ref
  })
}

/** The ids in this list that the registry does not know. */
export function unknownSourceIds(ids: readonly string[]): string[] {
  const all = sourceRegistry()
  return ids.filter((id) => !all.has(id))
}
