import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, test } from 'vitest'

// The layer table in docs/architecture.md is enforced by eslint.config.js; this
// proves the rules bite by linting fixtures as if they sat in each layer.
const root = path.resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })
const fixture = (name: string) => readFileSync(path.join(root, 'tests/fixtures/lint', name), 'utf8')

async function lintAs(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

// The first lint loads the TypeScript parser and the whole config: seconds on a busy machine.
describe('layer rules', { timeout: 30_000 }, () => {
  test('a domain file that imports or calls anything impure fails lint, once per break', async () => {
    const messages = await lintAs('domain/cases/fixture.ts', fixture('impure-domain.ts'))
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(4)
    expect(messages.some((m) => m.includes('Date.now'))).toBe(true)
    expect(messages.some((m) => m.includes('Math.random'))).toBe(true)
    expect(messages.some((m) => m.includes('does not read the environment'))).toBe(true)
    expect(messages.some((m) => m.includes('Take `now` as an argument'))).toBe(true)
  })

  test('a pure domain file passes', async () => {
    expect(await lintAs('domain/cases/fixture.ts', fixture('pure-domain.ts'))).toEqual([])
  })

  test('a domain file may read JSON data from content/, and nothing else from there', async () => {
    const json =
      "import en from '#content/messages/en/common.json' with { type: 'json' }\nexport const e = en\n"
    expect(await lintAs('domain/i18n/fixture.ts', json)).toEqual([])
    const code = "import { x } from '#content/messages/helpers.ts'\nexport const y = x\n"
    expect(await lintAs('domain/i18n/fixture.ts', code)).toEqual([
      expect.stringContaining('imports only JSON data from content/'),
    ])
  })

  test('server code may not import the app layer', async () => {
    const messages = await lintAs('server/use-cases/fixture.ts', fixture('server-imports-app.ts'))
    expect(messages).toEqual([expect.stringContaining('server/ must not import app/')])
  })

  test('only publishListingChange may rebuild the search rows, so no writer forgets the purge', async () => {
    const code =
      "import { refreshProviderListings } from '../catalogue/refresh-listings.ts'\nexport const r = refreshProviderListings\n"
    expect(await lintAs('server/use-cases/review/fixture.ts', code)).toEqual([
      expect.stringContaining('Call publishListingChange'),
    ])
    const allowed = code.replace('../catalogue/', '../use-cases/catalogue/')
    expect(await lintAs('server/catalogue/listing-changed.ts', allowed)).toEqual([])
  })

  test('routes may not reach the database directly', async () => {
    const code = "import { user } from '#server/db/schema/auth.ts'\nexport const u = user\n"
    const messages = await lintAs('app/routes/patient/fixture.tsx', code)
    expect(messages).toEqual([expect.stringContaining('never the database or the stores')])
  })

  test('app/ may not hold the database handle, a case key or a row, however it gets them', async () => {
    const messages = await lintAs(
      'app/routes/patient/cases/fixture.tsx',
      fixture('route-holds-case-internals.ts'),
    )
    const imports = messages.filter((m) => m.startsWith('no-restricted-imports'))
    const syntax = messages.filter((m) => m.startsWith('no-restricted-syntax'))
    // Six imports reach the database, the stores or the vault; three of them also name a forbidden type.
    expect(imports.filter((m) => !m.includes('row type'))).toHaveLength(6)
    expect(imports.filter((m) => m.includes('database handle, a case key or a row type'))).toHaveLength(3)
    // rt.database, .db, rt.masterKey, and a row type from the schema.
    expect(syntax.filter((m) => m.includes('database handle or keys'))).toHaveLength(3)
    expect(syntax.filter((m) => m.includes('Row types stay in server/'))).toHaveLength(1)
  })

  test('the same rules hold in components and app/*.server.ts helpers', async () => {
    for (const file of ['app/components/fixture.tsx', 'app/lib/fixture.server.ts']) {
      const messages = await lintAs(file, fixture('route-holds-case-internals.ts'))
      expect(messages.some((m) => m.includes('database handle or keys'))).toBe(true)
      expect(messages.some((m) => m.includes('case key or a row type'))).toBe(true)
    }
  })

  test('a route that opens the case through the handle passes', async () => {
    expect(
      await lintAs('app/routes/patient/cases/fixture.tsx', fixture('route-through-the-handle.ts')),
    ).toEqual([])
  })
})
