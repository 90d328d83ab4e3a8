import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureBuild } from '../../../scripts/ensure-build.ts'

// Each browser-test file starts the real production server on a free port with
// a fresh embedded database, exactly as `npm start` would.
const root = path.resolve(import.meta.dirname, '../../..')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export type RunningApp = {
  url: string
  dataDir: string
  process: ChildProcess
  output(): string
  stop(): Promise<void>
}

export async function startApp(options: { env?: Record<string, string> } = {}): Promise<RunningApp> {
  ensureBuild()
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-e2e-'))
  const child = spawn(path.join(root, 'node_modules/.bin/node'), ['server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  const until = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited during start-up:\n${output}`)
    const ready = await fetch(url + '/readyz').then(
      (r) => r.ok,
      () => false,
    )
    if (ready) break
    if (Date.now() > until) {
      child.kill('SIGKILL')
      throw new Error(`The app was not ready within 90 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      if (!process.env.KEEP_E2E_DATA) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
