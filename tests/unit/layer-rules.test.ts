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

describe('layer rules', () => {
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

  test('routes may not reach the database directly', async () => {
    const code = "import { user } from '#server/db/schema/auth.ts'\nexport const u = user\n"
    const messages = await lintAs('app/routes/patient/fixture.tsx', code)
    expect(messages).toEqual([expect.stringContaining('go through server/use-cases')])
  })
})
