import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { exited, spawnApp } from './support/spawn-app.ts'

// Issue 5 (crash safety, first part): SIGKILL the server right after work was
// queued; on restart the data opens again and the job has run exactly once.
const children: ChildProcess[] = []
const folders: string[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  for (const f of folders) rmSync(f, { recursive: true, force: true })
})

const start = (env: Record<string, string>) => spawnApp(env, children)
const killed = (c: ChildProcess) => exited(c).then(() => undefined)

async function emailsTo(url: string, email: string): Promise<number> {
  const html = await (await fetch(url + '/dev/mailbox')).text()
  return [...html.matchAll(/<tr>.*?<\/tr>/g)].filter((m) => m[0].includes(email)).length
}

async function crashAfterSignUp(env: Record<string, string>, options: { mustSurvive: boolean }) {
  const email = `crash-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`
  const first = await start(env)
  const response = await fetch(first.url + '/sign-up', {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: first.url },
    body: new URLSearchParams({ name: 'Crash Test', email, password: 'a long enough password' }),
  })
  expect(response.status).toBe(303)
  first.child.kill('SIGKILL')
  await killed(first.child)

  const second = await start(env)
  let count = 0
  for (let i = 0; i < 60 && count === 0; i++) {
    await new Promise((r) => setTimeout(r, 250))
    count = await emailsTo(second.url, email)
  }
  // Give a duplicate every chance to appear before counting.
  await new Promise((r) => setTimeout(r, 2000))
  count = await emailsTo(second.url, email)
  // Did the sign-up itself survive? An unconfirmed account answers 403. On
  // PGlite a SIGKILL can lose the last commits (its file system flushes
  // asynchronously); on the server it must not.
  const probe = await fetch(second.url + '/sign-in', {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: second.url },
    body: new URLSearchParams({ email, password: 'a long enough password' }),
  })
  const survived = probe.status === 403
  if (options.mustSurvive) expect(survived).toBe(true)
  // A surviving sign-up has had its email job run exactly once; a lost one, none.
  expect(count).toBe(survived ? 1 : 0)
  second.child.kill('SIGTERM')
  await killed(second.child)
}

describe('crash safety', () => {
  test('embedded database: killed mid-work, it opens again and a surviving job runs exactly once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-crash-'))
    folders.push(dataDir)
    await crashAfterSignUp({ DATA_DIR: dataDir, DATABASE_URL: '' }, { mustSurvive: false })
  })

  test.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'PostgreSQL server: the same after SIGKILL',
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-crash-pg-'))
      folders.push(dataDir)
      await crashAfterSignUp(
        {
          DATA_DIR: dataDir,
          DATABASE_URL: process.env.TEST_DATABASE_URL!,
          BETTER_AUTH_SECRET: 'crash-safety-secret-crash-safety-secret-1',
          MASTER_KEY: 'd'.repeat(64),
        },
        { mustSurvive: true },
      )
    },
  )
})
