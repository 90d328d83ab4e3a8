import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { DocumentKind, Requirement } from '#domain/listing/types.ts'
import { registries } from '#domain/listing/registry-ids.ts'
import { treatmentClasses } from '#domain/listing/types.ts'
import { contentPath } from './content-root.ts'
import { unknownSourceIds } from './sources.ts'

// Reference data as reviewed files (ADR 0028): jurisdiction rules
// (content/rules/*.json), evidence records (content/evidence/*.json), and the
// conditions, treatments and exchange rates (content/reference/*.json). Each is
// checked here when read; the database is seeded from them once.
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
const day = z.iso.date()

const requirements = [
  'allowed',
  'registered-trial-only',
  'approved-product-or-trial',
] as const satisfies readonly Requirement[]
const documentKinds = [
  'trial-registry-id',
  'regulator-permission',
  'ethics-committee-approval',
  'icscr-registration',
] as const satisfies readonly DocumentKind[]

export const ruleFileSchema = z.strictObject({
  id,
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  treatmentClass: z.enum(treatmentClasses),
  requirement: z.enum(requirements),
  requiredDocuments: z.array(z.enum(documentKinds)),
  acceptedRegistries: z.array(z.enum(registries)),
  approvedTreatmentIds: z.array(z.string()),
  summary: z.string().min(10),
  sourceIds: z.array(id).min(1),
  effectiveDate: day,
  reviewDate: day,
})
export type RuleFile = z.infer<typeof ruleFileSchema>

export const evidenceFileSchema = z.strictObject({
  id,
  conditionId: z.string().min(1),
  treatmentId: z.string().min(1),
  standing: z.enum(['approved', 'standard-care', 'in-trials', 'unproven']),
  summary: z.string().min(10),
  regulatory: z.array(
    z.strictObject({
      jurisdiction: z.string().min(2),
      status: z.string().min(1),
      since: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  trials: z.array(
    z.strictObject({
      registryId: z.string().min(1),
      title: z.string().min(1),
      phase: z.string().min(1),
      size: z.number().int().positive().optional(),
      status: z.string().min(1),
      result: z.string().min(1),
    }),
  ),
  reviews: z.array(
    z.strictObject({ citation: z.string().min(1), finding: z.string().min(1), sourceId: id.optional() }),
  ),
  sourceIds: z.array(id).min(1),
  lastReviewed: day,
})
export type EvidenceFile = z.infer<typeof evidenceFileSchema>

const conditionSchema = z.strictObject({
  id,
  slug: id,
  name: z.string().min(1),
  icd10: z.string().nullable(),
  icd11: z.string().nullable(),
  snomed: z.string().nullable(),
  summary: z.string().min(1),
})

const treatmentSchema = z.strictObject({
  id,
  slug: id,
  name: z.string().min(1),
  treatmentClass: z.enum(treatmentClasses),
  cellType: z.string().nullable(),
  cellSource: z.string().nullable(),
  cellOrigin: z.enum(['autologous', 'allogeneic']).nullable(),
  route: z.string().nullable(),
  summary: z.string().min(1),
})

const exchangeRateSchema = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Units of this currency per US dollar, as a decimal string. */
  perUsd: z.string().regex(/^\d+(\.\d+)?$/),
  asOf: day,
  source: z.string().min(1),
})

export type ReferenceContent = {
  conditions: z.infer<typeof conditionSchema>[]
  treatments: z.infer<typeof treatmentSchema>[]
  exchangeRates: z.infer<typeof exchangeRateSchema>[]
  rules: (RuleFile & { file: string })[]
  evidence: (EvidenceFile & { file: string })[]
}

export class ContentFileError extends Error {}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ContentFileError(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new ContentFileError(`${file}: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/** Every record of a folder of one-record files; each file is named after its record's id. */
function readFolder<T extends { id: string }>(folder: string, schema: z.ZodType<T>) {
  const dir = contentPath(folder)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const record = readJson(path.join(dir, name), schema)
      if (`${record.id}.json` !== name)
        throw new ContentFileError(`${folder}/${name}: the id "${record.id}" must match the file name`)
      return { ...record, file: `content/${folder}/${name}` }
    })
}

/** Reads and checks the reference content: schemas, source ids, and references between files. */
export function loadReferenceContent(): ReferenceContent {
  const content: ReferenceContent = {
    conditions: readJson(contentPath('reference', 'conditions.json'), z.array(conditionSchema)),
    treatments: readJson(contentPath('reference', 'treatments.json'), z.array(treatmentSchema)),
    exchangeRates: readJson(contentPath('reference', 'exchange-rates.json'), z.array(exchangeRateSchema)),
    rules: readFolder('rules', ruleFileSchema),
    evidence: readFolder('evidence', evidenceFileSchema),
  }
  const problems: string[] = []
  const conditionIds = new Set(content.conditions.map((c) => c.id))
  const treatmentIds = new Set(content.treatments.map((t) => t.id))
  const pairs = new Set<string>()
  for (const r of content.rules) {
    for (const s of unknownSourceIds(r.sourceIds)) problems.push(`${r.file}: unknown source id "${s}"`)
    for (const t of r.approvedTreatmentIds)
      if (!treatmentIds.has(t)) problems.push(`${r.file}: unknown treatment "${t}"`)
    const pair = `${r.countryCode}/${r.treatmentClass}`
    if (pairs.has(pair)) problems.push(`${r.file}: a second rule for ${pair}`)
    pairs.add(pair)
  }
  for (const e of content.evidence) {
    const cited = [...e.sourceIds, ...e.reviews.flatMap((r) => (r.sourceId ? [r.sourceId] : []))]
    for (const s of unknownSourceIds(cited)) problems.push(`${e.file}: unknown source id "${s}"`)
    if (!conditionIds.has(e.conditionId)) problems.push(`${e.file}: unknown condition "${e.conditionId}"`)
    if (!treatmentIds.has(e.treatmentId)) problems.push(`${e.file}: unknown treatment "${e.treatmentId}"`)
  }
  if (problems.length > 0) throw new ContentFileError(problems.join('\n'))
  return content
}
