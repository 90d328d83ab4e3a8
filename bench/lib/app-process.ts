import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { SERVER_NODE_ARGS } from '../../server/node-flags.ts'

const root = path.resolve(import.meta.dirname, '../..')

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

/** Starts the built app (`node server/main.ts`) and waits for /readyz. */
export async function startAppProcess(
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort()
  const child = spawn(
    path.join(root, 'node_modules/.bin/node'),
    [...SERVER_NODE_ARGS, ...nodeArgs, 'server/main.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'error',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  for (const until = Date.now() + 90_000; ;) {
    if (child.exitCode !== null) throw new Error(`app exited:\n${output}`)
    if (
      await fetch(url + '/readyz').then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (Date.now() > until) throw new Error(`app not ready:\n${output}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** Memory of a process in MB, from /proc (Linux). */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises')
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}
