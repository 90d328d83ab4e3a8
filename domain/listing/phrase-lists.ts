import ar from '../../content/policy/red-flags.ar.json' with { type: 'json' }
import en from '../../content/policy/red-flags.en.json' with { type: 'json' }
import fr from '../../content/policy/red-flags.fr.json' with { type: 'json' }
import sources from '../../content/sources.json' with { type: 'json' }
import { parseCalendarDate } from '../shared/calendar-date.ts'
import { compilePhrase, numberPattern } from './phrase-pattern.ts'
import { reasonCodes, type ReasonCode } from './types.ts'

// The red-flag phrase lists, one reviewed file per language the site speaks
// (content/policy/red-flags.<lang>.json), each with its sources and review
// date. They are checked when this module loads, so a malformed list stops the
// app and the tests instead of silently screening nothing.

export const phraseListLanguages = ['en', 'fr', 'ar'] as const
export type PhraseListLanguage = (typeof phraseListLanguages)[number]

export type SignalCode = Exclude<Extract<ReasonCode, `claim.${string}`>, 'claim.many-diseases'>

export type PhraseList = {
  language: PhraseListLanguage
  reviewDate: string
  reviewedBy: string
  sourceIds: string[]
  numberWords: string[]
  stopwords: string[]
  negators: string[]
  notNegating: string[]
  warningCues: string[]
  firstPerson: string[]
  signals: {
    code: SignalCode
    sourceId: string
    phrases: string[]
    weakPhrases?: string[]
    fixedPhrases?: string[]
    mitigators?: string[]
  }[]
  conditions: Record<string, string[]>
  bloodDisorders: string[]
  transplants: string[]
  cellProducts: string[]
  researchContext: string[]
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isTextList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '')

const signalCodes = reasonCodes.filter((c) => c.startsWith('claim.') && c !== 'claim.many-diseases')

/** Every problem with a phrase list, in words a reviewer can act on; none means it can be used. */
export function phraseListIssues(raw: unknown, knownSourceIds: readonly string[]): string[] {
  if (!isObject(raw)) return ['the list must be a JSON object']
  const issues: string[] = []
  const where = typeof raw.language === 'string' ? raw.language : '?'
  if (!(phraseListLanguages as readonly unknown[]).includes(raw.language))
    issues.push(`language must be one of ${phraseListLanguages.join(', ')}`)
  if (!parseCalendarDate(raw.reviewDate))
    issues.push(`${where}: reviewDate must be a real date like 2026-12-04`)
  if (typeof raw.reviewedBy !== 'string' || !raw.reviewedBy.trim())
    issues.push(`${where}: reviewedBy is required`)
  const cites = (id: unknown, path: string) => {
    if (typeof id !== 'string' || !knownSourceIds.includes(id))
      issues.push(`${where}: ${path} "${String(id)}" is not in content/sources.json`)
  }
  if (!isTextList(raw.sourceIds) || raw.sourceIds.length === 0)
    issues.push(`${where}: sourceIds must list at least one source`)
  else raw.sourceIds.forEach((id, i) => cites(id, `sourceIds[${i}]`))
  const lists = [
    'numberWords',
    'stopwords',
    'negators',
    'notNegating',
    'warningCues',
    'firstPerson',
    'bloodDisorders',
    'transplants',
    'cellProducts',
    'researchContext',
  ] as const
  for (const key of lists)
    if (!isTextList(raw[key])) issues.push(`${where}: ${key} must be a list of phrases`)
  const numbers = numberPattern(isTextList(raw.numberWords) ? raw.numberWords : [])
  const compiles = (phrase: string, path: string) => {
    try {
      compilePhrase(phrase, numbers)
    } catch (error) {
      issues.push(`${where}: ${path}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  for (const key of lists) if (isTextList(raw[key])) raw[key].forEach((p, i) => compiles(p, `${key}[${i}]`))
  if (!isObject(raw.conditions)) issues.push(`${where}: conditions must map a condition to its phrases`)
  else
    for (const [id, phrases] of Object.entries(raw.conditions)) {
      if (!isTextList(phrases)) issues.push(`${where}: conditions.${id} must be a list of phrases`)
      else phrases.forEach((p, i) => compiles(p, `conditions.${id}[${i}]`))
    }
  if (!Array.isArray(raw.signals)) issues.push(`${where}: signals must be a list`)
  else
    raw.signals.forEach((s: unknown, i) => {
      const path = `signals[${i}]`
      if (!isObject(s)) return void issues.push(`${where}: ${path} must be an object`)
      if (!(signalCodes as readonly unknown[]).includes(s.code))
        issues.push(`${where}: ${path}.code must be one of ${signalCodes.join(', ')}`)
      cites(s.sourceId, `${path}.sourceId`)
      if (!isTextList(s.phrases) || s.phrases.length === 0)
        issues.push(`${where}: ${path}.phrases must list at least one phrase`)
      for (const key of ['phrases', 'weakPhrases', 'fixedPhrases', 'mitigators'] as const) {
        if (s[key] === undefined && key !== 'phrases') continue
        if (!isTextList(s[key])) issues.push(`${where}: ${path}.${key} must be a list of phrases`)
        else s[key].forEach((p, j) => compiles(p, `${path}.${key}[${j}]`))
      }
    })
  return issues
}

const knownSourceIds = sources.map((s) => s.id)

function checked(raw: unknown): PhraseList {
  const issues = phraseListIssues(raw, knownSourceIds)
  if (issues.length > 0) throw new Error(`content/policy red-flag phrases:\n${issues.join('\n')}`)
  return raw as PhraseList
}

export const phraseLists: readonly PhraseList[] = [checked(en), checked(fr), checked(ar)]
