import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { SERVER_NODE_ARGS } from '../../../server/node-flags.ts'

// For tests that stop, kill and restart the server on the same data: spawns
// `node server/main.ts` with the given settings and waits for /readyz.
const root = path.resolve(import.meta.dirname, '../../..')

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export type SpawnedApp = { url: string; child: ChildProcess; output(): string }

export async function spawnApp(
  env: Record<string, string>,
  started: ChildProcess[] = [],
): Promise<SpawnedApp> {
  const port = await freePort()
  const child = spawn(path.join(root, 'node_modules/.bin/node'), [...SERVER_NODE_ARGS, 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    },
  })
  started.push(child)
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  for (const until = Date.now() + 90_000; ;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
    if (
      // A server that takes the connection and never answers is asked again, not waited on.
      await fetch(url + '/readyz', { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (Date.now() > until) throw new Error(`server not ready:\n${output}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return { url, child, output: () => output }
}

/**
 * Resolves with the exit code once the process has exited; rejects if it is
 * still running after `withinMs`, so a stop that hangs fails the test with a
 * reason instead of running into the test's own timeout.
 */
export function exited(child: ChildProcess, withinMs = 60_000): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode) return resolve(child.exitCode)
    const timer = setTimeout(
      () => reject(new Error(`process ${child.pid} was still running ${withinMs / 1000} s later`)),
      withinMs,
    )
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
}
