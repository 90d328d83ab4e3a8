import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rename, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureBuild } from '../../../scripts/ensure-build.ts'
import { SERVER_NODE_ARGS } from '../../../server/node-flags.ts'

// Each browser-test file starts the real production server on a free port with
// its own embedded database, exactly as `npm start` would.
const root = path.resolve(import.meta.dirname, '../../..')

/**
 * A data folder that one start has already created, migrated and seeded, then
 * stopped cleanly (global-setup.ts). A file that starts from a copy of it is
 * ready in about a second instead of the ten or more a first start takes on
 * two cores; what it tests is the same server on the same data.
 */
export const templateDataDir = path.join(
  tmpdir(),
  `waypoint-e2e-template-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`,
)

export async function prepareTemplateDataDir(): Promise<void> {
  await rm(templateDataDir, { recursive: true, force: true })
  const app = await startApp({ fresh: true, keepData: true })
  await app.stop()
  await rename(app.dataDir, templateDataDir)
}

export async function removeTemplateDataDir(): Promise<void> {
  await rm(templateDataDir, { recursive: true, force: true })
}
const READY_TIMEOUT_MS = 90_000
const STOP_TIMEOUT_MS = 15_000

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
  /** Everything the server printed so far (stdout and stderr interleaved). */
  output(): string
  /** SIGTERM, wait for a clean exit (SIGKILL after 15 s), then remove the data folder. */
  stop(): Promise<void>
  /** Send a signal without waiting, for tests of shutdown behaviour. */
  kill(signal?: NodeJS.Signals): boolean
}

export async function startApp(
  options: {
    env?: Record<string, string>
    prepare?: (dataDir: string) => Promise<void>
    publicHost?: 'localhost'
    /** Start on an empty data folder, as a first `npm start` does, instead of the template's copy. */
    fresh?: boolean
    /** Leave the data folder in place after stop(). */
    keepData?: boolean
  } = {},
): Promise<RunningApp> {
  ensureBuild()
  const port = await freePort()
  const dataDir = await mkdtemp(path.join(tmpdir(), 'waypoint-e2e-'))
  // A file that prepares its own data, another database or a production start begins empty.
  const fromTemplate =
    !options.fresh &&
    !options.prepare &&
    !options.env?.DATABASE_URL &&
    options.env?.NODE_ENV === undefined &&
    existsSync(templateDataDir)
  if (fromTemplate) await cp(templateDataDir, dataDir, { recursive: true })
  // e.g. generate a large catalogue into the data folder before the app opens it
  await options.prepare?.(dataDir)
  const child = spawn(path.join(root, 'node_modules/.bin/node'), [...SERVER_NODE_ARGS, 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // A developer's shell settings must not point the test server elsewhere
      // (empty means unset to server/config.ts).
      DATABASE_URL: '',
      PUBLIC_URL: '',
      SMTP_URL: '',
      ...(options.publicHost ? { PUBLIC_URL: `http://${options.publicHost}:${port}` } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const cleanUp = () =>
    process.env.KEEP_E2E_DATA || options.keepData
      ? Promise.resolve()
      : rm(dataDir, { recursive: true, force: true })

  const url = `http://127.0.0.1:${port}`
  const until = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await cleanUp()
      throw new Error(`The app exited during start-up (${child.exitCode ?? child.signalCode}):\n${output}`)
    }
    const ready = await fetch(url + '/readyz', { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.status === 200,
      () => false,
    )
    if (ready) break
    if (Date.now() > until) {
      child.kill('SIGKILL')
      await exited
      await cleanUp()
      throw new Error(`The app was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }

  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    kill: (signal = 'SIGTERM') => child.kill(signal),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const clean = await Promise.race([
          exited.then(() => true),
          new Promise<boolean>((r) => setTimeout(() => r(false), STOP_TIMEOUT_MS).unref()),
        ])
        if (!clean) {
          child.kill('SIGKILL')
          await exited
        }
      }
      await cleanUp()
    },
  }
}
