import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseTrialFile } from './parse-trial-file.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/trials/${name}`, import.meta.url), 'utf8')

test.each([
  ['ctgov-kaveri-als-recruiting.json', 'ctgov-json', 'NCT06543210'],
  ['ctri-kaveri-als.json', 'ctri-json', 'CTRI/2025/03/067890'],
  ['ctri-deccan-stroke.csv', 'ctri-csv', 'CTRI/2023/11/061234'],
])('%s is read as %s', (name, kind, id) => {
  const parsed = parseTrialFile(name, fixture(name))
  expect(parsed.ok && [parsed.value.kind, parsed.value.record.registryId]).toEqual([kind, id])
})

test('a file of another kind is refused by name', () => {
  const parsed = parseTrialFile('record.html', '<html></html>')
  expect(!parsed.ok && parsed.error.code).toBe('trial-file.unreadable')
})
