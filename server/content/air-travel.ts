import { readFileSync } from 'node:fs'
import { parseAirTravelRules, type AirTravelRules } from '#domain/travel/fit-to-fly.ts'
import { contentPath } from './content-root.ts'
import { ContentFileError } from './reference-data.ts'
import { unknownSourceIds } from './sources.ts'

// The fit-to-fly thresholds and the checklist's cited facts
// (content/reference/air-travel.json, ADR 0064): read and checked once per
// process; a broken file stops the app rather than clearing someone to fly.
let loaded: AirTravelRules | undefined

export function airTravelRules(): AirTravelRules {
  if (loaded) return loaded
  const file = 'content/reference/air-travel.json'
  const raw: unknown = JSON.parse(readFileSync(contentPath('reference', 'air-travel.json'), 'utf8'))
  const parsed = parseAirTravelRules(raw)
  if (!parsed.ok) throw new ContentFileError(parsed.error.map((p) => `${file}: ${p}`).join('\n'))
  const checklist = (raw as { checklist?: { sourceIds?: unknown } }).checklist?.sourceIds
  const ids = [...parsed.value.sourceIds, ...(Array.isArray(checklist) ? (checklist as string[]) : [])]
  const unknown = unknownSourceIds(ids)
  if (unknown.length > 0) throw new ContentFileError(`${file}: unknown source ids ${unknown.join(', ')}`)
  return (loaded = parsed.value)
}
