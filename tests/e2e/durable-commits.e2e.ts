import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { SERVER_NODE_ARGS } from '../../server/node-flags.ts'
import { exited, freePort } from './support/spawn-app.ts'

// Issue 14, on the running app: the embedded database's commit reaches the
// disk before the HTTP answer leaves. The server runs under strace, which
// records its file and socket system calls in order. Between reading a
// sign-up request and writing its 303, every write to the WAL must be
// followed by an fsync of the WAL that returned 0, before the response's
// write. Before ADR 0029 the same sign-up made no fsync call at all.
//
// What this proves: the kernel was asked to put the commit on stable storage,
// and said it had, before the patient was told the account exists. It cannot
// prove the disk keeps its promise (a write cache that lies, a virtual disk
// that ignores flushes); a real power cut cannot be staged here.

const root = path.resolve(import.meta.dirname, '../..')
const strace = ['/usr/bin/strace', '/bin/strace'].find((p) => existsSync(p))
const children: ChildProcess[] = []
const pids: number[] = []
const folders: string[] = []
afterAll(() => {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  for (const f of folders) rmSync(f, { recursive: true, force: true })
})

type Call = { index: number; pid: string; name: string; fd: string; target: string; result: string }

/** One traced call per line: `pid name(fd<target>, …) = result` (strace -f -y pads the pid when pids differ in width). */
function parse(lines: string[]): Call[] {
  const calls: Call[] = []
  for (const [index, line] of lines.entries()) {
    const m = /^(\d+) +(\w+)\((\d+)<([^>]*)>.*\) = (-?\d+)/.exec(line)
    if (m) calls.push({ index, pid: m[1]!, name: m[2]!, fd: m[3]!, target: m[4]!, result: m[5]! })
  }
  return calls
}

describe('durable commits on the embedded database, seen from the system calls', () => {
  test('a sign-up is answered only after its WAL writes were fsynced', { timeout: 240_000 }, async () => {
    expect(strace, 'strace is needed: apt-get install -y strace (.ci/run installs it)').toBeTruthy()
    const folder = mkdtempSync(path.join(tmpdir(), 'waypoint-durable-e2e-'))
    folders.push(folder)
    const dataDir = path.join(folder, 'data')
    const log = path.join(folder, 'strace.log')
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const child = spawn(
      strace!,
      [
        ...['-f', '--seccomp-bpf', '-qq', '-y', '-s', '32', '-o', log],
        ...['-e', 'trace=read,write,writev,pwrite64,pwritev,fsync,fdatasync', '-e', 'signal=none'],
        path.join(root, 'node_modules/.bin/node'),
        ...SERVER_NODE_ARGS,
        'server/main.ts',
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          HOST: '127.0.0.1',
          PORT: String(port),
          LOG_LEVEL: 'warn',
          DATA_DIR: dataDir,
          DATABASE_URL: '',
          // Tracing slows the first start (initdb, migrations, demo data).
          DB_OPEN_TIMEOUT_MS: '120000',
        },
      },
    )
    children.push(child)
    let output = ''
    child.stdout!.on('data', (d) => (output += d))
    child.stderr!.on('data', (d) => (output += d))
    for (const until = Date.now() + 180_000; ;) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
      if (
        await fetch(url + '/readyz').then(
          (r) => r.ok,
          () => false,
        )
      )
        break
      if (Date.now() > until) throw new Error(`server not ready:\n${output}`)
      await new Promise((r) => setTimeout(r, 500))
    }
    const appPid = Number(readFileSync(path.join(dataDir, 'pglite', 'waypoint.lock'), 'utf8'))
    pids.push(appPid)

    const email = `durable-${Date.now()}@example.test`
    const response = await fetch(url + '/sign-up', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
      body: new URLSearchParams({ name: 'Durable Commit', email, password: 'a long enough password' }),
    })
    expect(response.status).toBe(303)
    process.kill(appPid, 'SIGTERM')
    await exited(child)

    const lines = readFileSync(log, 'utf8').split('\n')
    const calls = parse(lines)
    const signUp = calls.find(
      (c) =>
        c.name === 'read' && c.target.startsWith('socket:') && lines[c.index]!.includes('"POST /sign-up '),
    )
    expect(signUp, 'the sign-up request is not in the trace').toBeDefined()
    const answer = calls.find(
      (c) =>
        c.index > signUp!.index &&
        c.pid === signUp!.pid &&
        c.fd === signUp!.fd &&
        /^writev?$/.test(c.name) &&
        lines[c.index]!.includes('HTTP/1.1 303'),
    )
    expect(answer, 'the 303 answer is not in the trace').toBeDefined()

    const wal = calls.filter(
      (c) =>
        c.index > signUp!.index &&
        c.index < answer!.index &&
        /\/pglite\/pg_wal\/[0-9A-F]{24}$/.test(c.target),
    )
    const summary = wal.map((c) => `${c.name} ${path.basename(c.target)} = ${c.result}`).join('\n')
    const writes = wal.filter((c) => /^(write|writev|pwrite64|pwritev)$/.test(c.name))
    // The sign-up wrote its commits to the WAL…
    expect(writes.length, summary).toBeGreaterThan(0)
    // …and each WAL file's last write was fsynced, successfully, before the answer was written.
    for (const segment of new Set(writes.map((c) => c.target))) {
      const lastWrite = writes.filter((c) => c.target === segment).at(-1)!
      const syncedAfter = wal.some(
        (c) =>
          c.target === segment &&
          c.index > lastWrite.index &&
          /^f(data)?sync$/.test(c.name) &&
          c.result === '0',
      )
      expect(syncedAfter, `${path.basename(segment)} not synced before the answer:\n${summary}`).toBe(true)
    }
  })
})
