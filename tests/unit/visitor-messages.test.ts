import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { visitorMessagesFor } from '#domain/i18n/translate.ts'

// A visitor who is not signed in receives only the visitor's areas of the
// catalogue (domain/i18n/translate.ts), so a public or sign-in page that names
// a key from a case area fails for them alone: "Your account is erased" once
// gave the erased family a 500. Every literal key those pages name must be in
// the visitor's set.
const pagesForVisitors = ['app/routes/public', 'app/routes/auth']

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  )
}

test('pages a visitor sees name only words a visitor receives', () => {
  const visitor = visitorMessagesFor('en') as Record<string, unknown>
  const missing = pagesForVisitors
    .flatMap(sources)
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g)].map((m) => `${file}: ${m[1]}`),
    )
    .filter((entry) => !(entry.split(': ')[1]! in visitor))
  expect(missing).toEqual([])
})
