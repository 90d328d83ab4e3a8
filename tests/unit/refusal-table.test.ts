import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { en } from '#domain/i18n/messages/en.ts'
import { refusalTable } from '#app/forms/refusals.ts'

// Every refusal code the domain and the use cases can return must have an
// entry in the one table (status, message, field): a code without one would
// reach a person as a bare error. The codes are read from the source, so a new
// code fails this test until it is given an entry.
const root = path.resolve(import.meta.dirname, '../..')

// Listing-policy reasons are not refusals (they explain a verdict and have their
// own messages), and ALSFRS-R scoring problems never leave the summary. Trial
// registry flags explain a listing too, and a trial file's problems are
// reported by the import (CLI and job), never to a form.
const skipped = [
  'domain/listing',
  'domain/alsfrs',
  'domain/i18n',
  'domain/fhir',
  'domain/trials',
  'server/use-cases/trials',
]

// The pure foundation of issue 15 (referral life cycle, quotes and money) is
// in domain/ before any route returns its refusals: the change that adds their
// screens gives these codes entries and messages, and takes the folder off this
// list. The last test fails once a folder's codes all have entries, so the list
// cannot outlive its reason.
const awaitingScreens: string[] = []

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`
    if (skipped.includes(rel)) return []
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel)
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [rel] : []
  })
}

const dotted = /'([a-z][a-z0-9]*(?:\.[a-z0-9-]+)+)'/g

function refusalCodesIn(source: string): string[] {
  const codes = new Set<string>()
  for (const m of source.matchAll(/\bcode: '([a-z][a-z0-9-]*\.[a-z0-9.-]+)'/g)) codes.add(m[1]!)
  for (const m of source.matchAll(/\berr\('([a-z][a-z0-9-]*\.[a-z0-9.-]+)'\)/g)) codes.add(m[1]!)
  // String unions that name refusals: `type UploadRefusal = 'document.empty' | …`
  for (const m of source.matchAll(
    /type \w*(?:Refusal|Error|Problem|Reason)\w* =([\s\S]*?)(?=\n[^\s|]|\n\n|$)/g,
  ))
    for (const code of m[1]!.matchAll(dotted)) codes.add(code[1]!)
  return [...codes]
}

const codes = new Map<string, string>()
const awaiting = new Map<string, string[]>(awaitingScreens.map((dir) => [dir, []]))
for (const file of [...sourceFiles('domain'), ...sourceFiles('server')]) {
  const waitingIn = awaitingScreens.find((dir) => file.startsWith(`${dir}/`))
  for (const code of refusalCodesIn(readFileSync(path.join(root, file), 'utf8')))
    if (waitingIn) awaiting.get(waitingIn)!.push(code)
    else codes.set(code, file)
}

describe('the refusal table', () => {
  test('finds the codes it must cover (the scan itself works)', () => {
    expect(codes.get('case.incomplete')).toBe('domain/cases/submit-case.ts')
    expect(codes.has('document.svg')).toBe(true)
    expect(codes.has('zip.malformed')).toBe(true)
    expect(codes.has('multipart.not-multipart')).toBe(true)
    expect(codes.size).toBeGreaterThan(40)
  })

  test('a code with no entry is caught', () => {
    const source =
      "type NewRefusal = 'quote.expired' | 'quote.too-big'\nreturn err({ code: 'quote.frozen' })\n"
    expect(
      refusalCodesIn(source)
        .filter((c) => !Object.hasOwn(refusalTable, c))
        .sort(),
    ).toEqual(['quote.expired', 'quote.frozen', 'quote.too-big'])
  })

  test.each([...codes].map(([code, file]) => [code, file]))('%s (from %s) has an entry', (code) => {
    expect(Object.hasOwn(refusalTable, code)).toBe(true)
  })

  test.each(Object.entries(refusalTable))('%s has a message in the catalogue', (_code, entry) => {
    expect(Object.hasOwn(en, entry.message)).toBe(true)
  })

  test.each(awaitingScreens)('%s still awaits its screens (else take it off awaitingScreens)', (dir) => {
    const codesOf = awaiting.get(dir)!
    expect(codesOf.length).toBeGreaterThan(0)
    expect(codesOf.filter((c) => !Object.hasOwn(refusalTable, c)).length).toBeGreaterThan(0)
  })
})
