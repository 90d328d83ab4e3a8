import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { exited, spawnApp } from './support/spawn-app.ts'
import { ownServerDatabase } from './support/own-server-database.ts'

// Needs the server (TEST_DATABASE_URL), which CI always provides; a database of this file's own.
const serverUrl = await ownServerDatabase()

// Issue 5 (crash safety, first part): SIGKILL the server right after work was
// queued; on restart the data opens again, the acknowledged sign-up is there
// and its job has run exactly once. Both engines must keep every acknowledged
// commit (issue 14, ADR 0029: PGlite syncs its WAL at each commit).
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

/** An SMTP server that takes connections and never answers: an email sent to it stays in flight. */
async function silentSmtpServer() {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => sockets.size,
    close: () => {
      for (const s of sockets) s.destroy()
      server.close()
    },
  }
}

/**
 * Kills the app right after a sign-up was acknowledged; with `whileSending`,
 * only once the process has taken its email job and is sending it (to an SMTP
 * server that never answers), so the restart must retry a job left active.
 */
async function crashAfterSignUp(env: Record<string, string>, options: { whileSending?: boolean } = {}) {
  const email = `crash-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`
  const smtp = options.whileSending ? await silentSmtpServer() : null
  const first = await start(smtp ? { ...env, SMTP_URL: smtp.url } : env)
  const response = await fetch(first.url + '/sign-up', {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: first.url },
    body: new URLSearchParams({ name: 'Crash Test', email, password: 'a long enough password' }),
  })
  expect(response.status).toBe(303)
  if (smtp) {
    for (let i = 0; i < 120 && smtp.connections() === 0; i++) await new Promise((r) => setTimeout(r, 250))
    expect(smtp.connections(), 'the email job was taken and is being sent').toBeGreaterThan(0)
  }
  first.child.kill('SIGKILL')
  await killed(first.child)
  smtp?.close()

  // Empty: the development mailbox, where the test reads what was sent.
  const second = await start({ ...env, SMTP_URL: '' })
  let count = 0
  // On the server, an email the killed process had taken is retried once its
  // heartbeat is missed (server/jobs/queue.ts): 20 s, then up to 10 s for the
  // monitor and a retry delay of a few seconds; 90 s leaves room for a busy machine.
  for (let i = 0; i < 360 && count === 0; i++) {
    await new Promise((r) => setTimeout(r, 250))
    count = await emailsTo(second.url, email)
  }
  // Give a duplicate every chance to appear before counting.
  await new Promise((r) => setTimeout(r, 2000))
  count = await emailsTo(second.url, email)
  // The sign-up itself survived: an unconfirmed account answers 403 (an unknown one 401).
  const probe = await fetch(second.url + '/sign-in', {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: second.url },
    body: new URLSearchParams({ email, password: 'a long enough password' }),
  })
  expect(probe.status).toBe(403)
  // Its email job has run exactly once.
  expect(count).toBe(1)
  second.child.kill('SIGTERM')
  await killed(second.child)
}

describe('crash safety', () => {
  // Two starts: a new folder, then PostgreSQL's recovery, which syncs every file first.
  test(
    'embedded database: killed mid-work, it opens again, the sign-up is kept and its job runs exactly once',
    { timeout: 240_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-crash-'))
      folders.push(dataDir)
      await crashAfterSignUp({ DATA_DIR: dataDir, DATABASE_URL: '' })
    },
  )

  const onServer = (dataDir: string) => ({
    DATA_DIR: dataDir,
    DATABASE_URL: serverUrl!,
    BETTER_AUTH_SECRET: 'crash-safety-secret-crash-safety-secret-1',
    MASTER_KEY: 'd'.repeat(64),
  })

  test.runIf(Boolean(serverUrl))(
    'PostgreSQL server: the same after SIGKILL',
    { timeout: 240_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-crash-pg-'))
      folders.push(dataDir)
      await crashAfterSignUp(onServer(dataDir))
    },
  )

  test(
    'embedded database: killed while sending an email, the next start sends it, once',
    { timeout: 240_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-crash-sending-'))
      folders.push(dataDir)
      await crashAfterSignUp({ DATA_DIR: dataDir, DATABASE_URL: '' }, { whileSending: true })
    },
  )

  test.runIf(Boolean(serverUrl))(
    'PostgreSQL server: killed while sending an email, another process sends it once its heartbeat stops',
    { timeout: 240_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-crash-pg-sending-'))
      folders.push(dataDir)
      await crashAfterSignUp(onServer(dataDir), { whileSending: true })
    },
  )
})
