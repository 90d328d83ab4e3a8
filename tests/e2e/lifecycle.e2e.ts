import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'

// Must show 1: Ctrl-C stops the server cleanly and a second start reuses the
// data; production mode adds HSTS and removes the development mailbox.
const root = path.resolve(import.meta.dirname, '../..')
const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-lifecycle-'))
const children: ChildProcess[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

async function start(env: Record<string, string>) {
  const port = await freePort()
  const child = spawn(path.join(root, 'node_modules/.bin/node'), ['server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
  })
  children.push(child)
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const until = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
    const ok = await fetch(url + '/readyz').then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > until) throw new Error(`server not ready:\n${output}`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return { url, child, output: () => output }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  )
}

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
