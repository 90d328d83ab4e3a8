import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { exited, spawnApp } from './support/spawn-app.ts'

// Must show 1: Ctrl-C stops the server cleanly and a second start reuses the
// data; production mode adds HSTS and removes the development mailbox.
const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-lifecycle-'))
const children: ChildProcess[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

const start = (env: Record<string, string>) => spawnApp({ DATA_DIR: dataDir, ...env }, children)

describe('lifecycle', () => {
  test('SIGINT stops cleanly; the next start reuses the data without seeding again', async () => {
    const first = await start({})
    expect(first.output()).toContain('Demo accounts (development only)')
    const signUp = await fetch(first.url + '/sign-up', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: first.url },
      body: new URLSearchParams({
        name: 'Persisted Person',
        email: 'persisted@example.test',
        password: 'persisted password',
      }),
    })
    expect(signUp.status).toBe(303)
    first.child.kill('SIGINT')
    expect(await exited(first.child)).toBe(0)
    expect(first.output()).toContain('Waypoint stopped cleanly.')

    const second = await start({})
    const mailbox = await (await fetch(second.url + '/dev/mailbox')).text()
    expect(mailbox).toContain('persisted@example.test')
    second.child.kill('SIGTERM')
    expect(await exited(second.child)).toBe(0)
  })

  test('production mode sends HSTS and has no development mailbox', async () => {
    const prod = await start({ NODE_ENV: 'production' })
    const home = await fetch(prod.url + '/')
    expect(home.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    expect((await fetch(prod.url + '/dev/mailbox')).status).toBe(404)
    expect(prod.output()).not.toContain('Demo accounts (development only)')
    prod.child.kill('SIGTERM')
    expect(await exited(prod.child)).toBe(0)
  })
})
