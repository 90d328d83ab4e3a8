import { spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, describe, expect, onTestFailed, test } from 'vitest'
import { HttpSession } from './support/http-session.ts'
import { exited, spawnApp, type SpawnedApp } from './support/spawn-app.ts'
import { demoIds } from '#server/seed/demo-ids.ts'
import { ownServerDatabase } from './support/own-server-database.ts'

// Needs the server (TEST_DATABASE_URL), which CI always provides; a database of this file's own.
const serverUrl = await ownServerDatabase()

// Issue 5, crash safety for records and stages: SIGKILL the server in the
// middle of an upload and right after a stage change, restart it on the same
// data, and check that nothing half-saved is visible, the data opens again,
// the acknowledged stage change is kept on both engines (issue 14, ADR 0029)
// and its notification is sent exactly once.
const root = path.resolve(import.meta.dirname, '../..')
const draftCase = demoIds.case.draft
const sentCase = demoIds.case.sent
const children: ChildProcess[] = []
const folders: string[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  for (const f of folders) rmSync(f, { recursive: true, force: true })
})

const boundary = '----waypoint-crash'
function slowUpload(totalBytes: number, onHalf: () => void): ReadableStream {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  )
  const chunk = Buffer.alloc(256 * 1024, 0x20)
  async function* body() {
    yield Buffer.concat([head, Buffer.from('%PDF-1.7\n')])
    for (let sent = 0; sent < totalBytes; sent += chunk.length) {
      if (sent >= totalBytes / 2) onHalf()
      await new Promise((r) => setTimeout(r, 5))
      yield chunk
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`)
  }
  return Readable.toWeb(Readable.from(body())) as ReadableStream
}

function finalObjects(dataDir: string): string[] {
  try {
    return readdirSync(path.join(dataDir, 'documents'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.partial-'))
      .map((e) => e.name)
  } catch {
    return []
  }
}

async function documentLinks(session: HttpSession, caseId: string): Promise<number> {
  const html = await (await session.send(`/patient/cases/${caseId}/documents`)).text()
  return (html.match(/href="\/cases\/[0-9a-f-]+\/documents\/[0-9a-f-]+"/g) ?? []).length
}

async function emailsAbout(url: string, to: string, text: string): Promise<number> {
  const html = await (await fetch(url + '/dev/mailbox')).text()
  return [...html.matchAll(/<tr>.*?<\/tr>/g)].filter((m) => m[0].includes(to) && m[0].includes(text)).length
}

async function crashDuringUploadAndTransition(env: Record<string, string>, dataDir: string) {
  // Where a failure happened, with what each server printed: a rare hang in a
  // full run was otherwise only "timed out".
  let step = 'starting the first server'
  const apps: SpawnedApp[] = []
  onTestFailed(() => {
    console.error(`crash test failed while ${step}`)
    apps.forEach((a, i) => console.error(`server ${i + 1} printed:\n${a.output()}`))
  })
  const start = async () => {
    const app = await spawnApp(env, children)
    apps.push(app)
    return app
  }
  const first = await start()
  const patient = await new HttpSession(first.url).signIn(demoIds.email.patient)
  const before = await documentLinks(patient, draftCase)

  // 1. Killed half way through a 40 MB upload.
  step = 'uploading 40 MB, to be killed half way'
  let killed = false
  const upload = patient
    .send(`/patient/cases/${draftCase}/documents`, {
      signal: AbortSignal.timeout(60_000),
      body: slowUpload(40 * 1024 * 1024, () => {
        if (!killed) {
          killed = true
          first.child.kill('SIGKILL')
        }
      }),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      duplex: 'half',
    })
    .catch(() => null)
  const answered = await upload
  // An answer before half the body was sent means the server never read it: no crash to test.
  if (!killed) throw new Error(`the upload was answered ${answered?.status} before it was half sent`)
  await exited(first.child)

  // 2. Restarted on the same data: nothing half-saved is visible.
  step = 'restarting after the upload was cut off'
  const second = await start()
  const again = await new HttpSession(second.url).signIn(demoIds.email.patient)
  expect(await documentLinks(again, draftCase)).toBe(before)
  expect(finalObjects(dataDir).length).toBeLessThanOrEqual(before + 1) // the demo letter only; no partial under a final name

  // 3. Killed right after a stage change: the coordinator starts the evaluation.
  step = 'changing the stage, to be killed right after'
  // (A server database a previous run used may already hold such an email.)
  const earlier = await emailsAbout(second.url, demoIds.email.caregiver, 'Under evaluation')
  const coordinator = await new HttpSession(second.url).signIn(demoIds.email.coordinator)
  const moved = await coordinator.send(`/coordinator/cases/${sentCase}`, {
    form: { command: 'start-evaluation' },
  })
  expect(moved.status).toBe(303)
  second.child.kill('SIGKILL')
  await exited(second.child)

  step = 'restarting after the stage change'
  const third = await start()
  step = 'checking the stage change and its one email'
  const family = await new HttpSession(third.url).signIn(demoIds.email.patient)
  const casePage = await (await family.send(`/patient/cases/${sentCase}`)).text()
  // The change was acknowledged (303), so it is there, with one email to each of the family.
  expect(casePage).toContain('Under evaluation')
  let count = 0
  for (let i = 0; i < 60 && count === earlier; i++) {
    await new Promise((r) => setTimeout(r, 250))
    count = await emailsAbout(third.url, demoIds.email.caregiver, 'Under evaluation')
  }
  await new Promise((r) => setTimeout(r, 1500))
  expect(await emailsAbout(third.url, demoIds.email.caregiver, 'Under evaluation')).toBe(earlier + 1)
  // The records still upload after all this.
  step = 'uploading after the crashes'
  const form = new FormData()
  form.append(
    'file',
    new Blob([Buffer.from('%PDF-1.4\nafter the crash\nstartxref\n0\n%%EOF\n')]),
    'after.pdf',
  )
  const ok = await family.send(`/patient/cases/${draftCase}/documents`, { body: form })
  expect(ok.status).toBe(303)
  expect(await (await family.send(ok.headers.get('location')!)).text()).toContain('1 file uploaded')
  step = 'stopping the third server'
  third.child.kill('SIGTERM')
  await exited(third.child)
}

describe('crash safety for records and stages', () => {
  test('embedded database', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-crash-records-'))
    folders.push(dataDir)
    await crashDuringUploadAndTransition({ DATA_DIR: dataDir, DATABASE_URL: '' }, dataDir)
  })

  test.runIf(Boolean(serverUrl))('PostgreSQL server', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-crash-records-pg-'))
    folders.push(dataDir)
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: serverUrl!,
      BETTER_AUTH_SECRET: 'crash-safety-secret-crash-safety-secret-1',
      MASTER_KEY: 'd'.repeat(64),
    }
    // A server gets no demo data by itself: seed it as `npm run seed` does.
    const seeded = spawnSync(path.join(root, 'node_modules/.bin/node'), ['scripts/seed.ts'], {
      cwd: root,
      env: { ...process.env, ...env, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    })
    expect(seeded.status, seeded.stderr).toBe(0)
    await crashDuringUploadAndTransition(env, dataDir)
  })
})
