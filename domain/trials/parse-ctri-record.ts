import { registryOf } from '../listing/registry-ids.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { readCsv } from './read-csv.ts'
import {
  badValue,
  dayFirstDate,
  FileProblem,
  isObject,
  missing,
  optionalText,
  requiredText,
  wrongType,
} from './read-fields.ts'
import type {
  EthicsApproval,
  TrialFileError,
  TrialPhase,
  TrialRecord,
  TrialRegistryId,
  TrialSite,
  TrialStatus,
} from './trial-record.ts'

// A record of the Clinical Trials Registry – India, saved from its record
// page. CTRI has no API, so a record arrives as its page's fields keyed by the
// page's own labels, either as JSON or as a two-column CSV export
// (tests/fixtures/trials/README.md shows both). Tables on the page (sites,
// ethics committees, conditions) are lists in JSON and repeated rows in CSV.

const F = {
  number: 'CTRI Number',
  registeredOn: 'Registered on',
  lastModified: 'Last Modified On',
  studyType: 'Type of Study',
  publicTitle: 'Public Title of Study',
  scientificTitle: 'Scientific Title of Study',
  sponsor: 'Primary Sponsor',
  clearance: 'Regulatory Clearance Status from DCGI',
  ethics: 'Details of Ethics Committee',
  sites: 'Sites of Study',
  conditions: 'Health Condition / Problems Studied',
  phase: 'Phase of Trial',
  firstEnrollment: 'Date of First Enrollment (India)',
  recruitment: 'Recruitment Status of Trial (India)',
} as const

/** Table columns, in the order a CSV row gives them after the label. */
const columns = {
  [F.ethics]: ['Name of Committee', 'Approval Status', 'Date of Approval'],
  [F.sites]: ['Name of Site', 'Site Address', 'City'],
  [F.conditions]: ['Health Type', 'Condition'],
} as const

const statusByWords: [RegExp, TrialStatus][] = [
  [/not yet recruiting/, 'not-yet-recruiting'],
  [/^(open to recruitment|recruiting)$/, 'recruiting'],
  [/^closed to recruitment/, 'active-not-recruiting'],
  [/^completed$/, 'completed'],
  [/^terminated$/, 'terminated'],
  [/^suspended$/, 'suspended'],
  [/^withdrawn$/, 'withdrawn'],
]

function recruitment(v: string): TrialStatus {
  const words = v.toLowerCase().replace(/\s+/g, ' ')
  return statusByWords.find(([re]) => re.test(words))?.[1] ?? 'other'
}

function phases(v: string | null): TrialPhase[] {
  if (v === null) return []
  const words = v.toLowerCase()
  const numbered = [...words.matchAll(/phase\s*([1-4])/g)].map((m) => `phase-${m[1]}` as TrialPhase)
  if (numbered.length > 0) return [...new Set(numbered)]
  if (/post marketing/.test(words)) return ['phase-4']
  if (/^(n\/?a|not applicable)$/.test(words.trim())) return ['not-applicable']
  return badValue(F.phase, v, 'is not a phase')
}

export function parseCtriJson(text: string): Result<TrialRecord, TrialFileError> {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return err({ code: 'trial-file.unreadable', message: 'The file is not JSON' })
  }
  return guarded(() => (isObject(json) ? readRecord(json) : wrongType('The file', 'one record object')))
}

export function parseCtriCsv(text: string): Result<TrialRecord, TrialFileError> {
  const rows = readCsv(text.replace(/^\uFEFF/, ''))
  if (!rows.ok) return err({ code: 'trial-file.unreadable', message: rows.error })
  const fields: Record<string, unknown> = {}
  for (const [label = '', ...values] of rows.value) {
    const key = label.trim()
    if (key === '' || /^field$/i.test(key)) continue
    const table = (columns as Record<string, readonly string[]>)[key]
    if (table) {
      const list = (fields[key] ??= []) as Record<string, string>[]
      list.push(Object.fromEntries(table.map((c, i) => [c, values[i] ?? ''])))
    } else fields[key] = values[0] ?? ''
  }
  return guarded(() => readRecord(fields))
}

function guarded(read: () => TrialRecord): Result<TrialRecord, TrialFileError> {
  try {
    return ok(read())
  } catch (e) {
    if (e instanceof FileProblem) return err(e.problem)
    throw e
  }
}

/** A page table as a list of rows; a single row may be given as one object. */
function table(v: unknown, field: string): Record<string, unknown>[] {
  if (v === undefined || v === null) return []
  const list = Array.isArray(v) ? v : [v]
  return list.map((row, i) => (isObject(row) ? row : wrongType(`${field}[${i}]`, 'an object')))
}

/** A cell that may be plain text or a one-field object ({"Name": …} / {"Status": …}). */
function cell(v: unknown, field: string, key: string): string | null {
  return isObject(v) ? optionalText(v[key], `${field}.${key}`) : optionalText(v, field)
}

function readRecord(r: Record<string, unknown>): TrialRecord {
  // The page prints the number, date and timing together:
  // "CTRI/2025/04/084921 [Registered on: 16/04/2025] Trial Registered Prospectively".
  const numberText = requiredText(r[F.number], F.number)
  const id = (/^\s*(\S+)/.exec(numberText)?.[1] ?? '').toUpperCase()
  if (registryOf(id) !== 'CTRI') {
    throw new FileProblem({
      code: 'trial-file.bad-id',
      field: F.number,
      value: id,
      message: `${F.number} “${id}” is not a CTRI number (CTRI/year/month/six digits)`,
    })
  }
  const registeredText =
    optionalText(r[F.registeredOn], F.registeredOn) ??
    /registered on:?\s*([\d/-]+)/i.exec(numberText)?.[1] ??
    null
  const timing = /registered\s+(prospectively|retrospectively)/i.exec(numberText)?.[1]?.toLowerCase()

  const ethicsCommittees = table(r[F.ethics], F.ethics).map((row, i): EthicsApproval => ({
    committee: requiredText(row['Name of Committee'], `${F.ethics}[${i}].Name of Committee`),
    status: optionalText(row['Approval Status'], `${F.ethics}[${i}].Approval Status`) ?? '',
    approvedOn: dayFirstDate(row['Date of Approval'], `${F.ethics}[${i}].Date of Approval`),
  }))
  const sites = table(r[F.sites], F.sites).map((row, i): TrialSite => ({
    facility: requiredText(row['Name of Site'], `${F.sites}[${i}].Name of Site`),
    address: optionalText(row['Site Address'], `${F.sites}[${i}].Site Address`),
    city: optionalText(row.City, `${F.sites}[${i}].City`),
    country: 'India',
    status: null,
  }))
  const conditionsField = r[F.conditions]
  const conditions =
    typeof conditionsField === 'string'
      ? [conditionsField.trim()].filter(Boolean)
      : table(conditionsField, F.conditions).flatMap((row, i) => {
          const c = optionalText(row.Condition, `${F.conditions}[${i}].Condition`)
          return c ? [c] : []
        })
  const title = optionalText(r[F.publicTitle], F.publicTitle)
  const scientific = optionalText(r[F.scientificTitle], F.scientificTitle)

  return {
    registry: 'CTRI',
    registryId: id as TrialRegistryId,
    title: title ?? scientific ?? missing(F.publicTitle),
    officialTitle: scientific,
    status: recruitment(requiredText(r[F.recruitment], F.recruitment)),
    lastKnownStatus: null,
    phases: phases(optionalText(r[F.phase], F.phase)),
    conditions,
    keywords: [],
    sites,
    sponsor: cell(r[F.sponsor], F.sponsor, 'Name'),
    dates: {
      registered: dayFirstDate(registeredText, F.registeredOn),
      start: dayFirstDate(r[F.firstEnrollment], F.firstEnrollment),
      completion: null,
      lastUpdated: dayFirstDate(r[F.lastModified], F.lastModified),
    },
    india: {
      registeredProspectively: timing === undefined ? null : timing === 'prospectively',
      regulatoryClearance: cell(r[F.clearance], F.clearance, 'Status'),
      ethicsCommittees,
      studyType: optionalText(r[F.studyType], F.studyType),
    },
  }
}
