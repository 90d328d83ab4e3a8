import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseVisaRules, type VisaRules } from '#domain/travel/visa-rules.ts'
import { contentPath } from './content-root.ts'
import { ContentFileError } from './reference-data.ts'
import { unknownSourceIds } from './sources.ts'

// Visa rules per destination (content/rules/visa/*.json, ADR 0061): read and
// checked once per process; a broken file stops the app at start-up rather
// than telling a family the wrong thing.
let loaded: Map<string, VisaRules> | undefined

export function loadVisaRules(): Map<string, VisaRules> {
  if (loaded) return loaded
  const dir = contentPath('rules', 'visa')
  const problems: string[] = []
  const byCountry = new Map<string, VisaRules>()
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = `content/rules/visa/${name}`
    const parsed = parseVisaRules(JSON.parse(readFileSync(path.join(dir, name), 'utf8')))
    if (!parsed.ok) {
      problems.push(...parsed.error.map((p) => `${file}: ${p}`))
      continue
    }
    const rules = parsed.value
    if (`${rules.id}.json` !== name) problems.push(`${file}: the id "${rules.id}" must match the file name`)
    for (const s of unknownSourceIds(rules.sourceIds)) problems.push(`${file}: unknown source id "${s}"`)
    if (byCountry.has(rules.countryCode)) problems.push(`${file}: a second file for ${rules.countryCode}`)
    byCountry.set(rules.countryCode, rules)
  }
  if (problems.length > 0) throw new ContentFileError(problems.join('\n'))
  return (loaded = byCountry)
}

/** The rules for travel to this country, or null where Waypoint has none yet. */
export function visaRulesFor(countryCode: string): VisaRules | null {
  return loadVisaRules().get(countryCode) ?? null
}
