import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { exited, freePort, spawnApp } from './support/spawn-app.ts'
import { ownServerDatabase } from './support/own-server-database.ts'

// Needs the server (TEST_DATABASE_URL), which CI always provides; a database of this file's own.
const serverUrl = await ownServerDatabase()

// Issue 5: the PostgreSQL server goes away under load and comes back. The app
// sits behind a TCP proxy that the test can cut (every connection dropped,
// new ones refused) and restore, as a server restart looks from the app's
// side, without stopping the machine's real PostgreSQL that other tests use.
// /readyz must fail while it is gone and recover without restarting the app.
const children: ChildProcess[] = []
const folders: string[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  for (const f of folders) rmSync(f, { recursive: true, force: true })
})

class CuttableProxy {
  private server: Server | null = null
  private sockets = new Set<Socket>()
  private open = false
  readonly port: number
  private readonly target: { host: string; port: number }
  constructor(port: number, target: { host: string; port: number }) {
    this.port = port
    this.target = target
  }

  /** Listens once; `cut()` and `start()` after that only stop and resume passing connections on. */
  start(): Promise<void> {
    this.open = true
    if (this.server) return Promise.resolve()
    this.server = createServer((client) => {
      client.on('error', () => client.destroy())
      // The port stays ours while cut (another file's app could take it otherwise): a connection is refused by closing it.
      if (!this.open) return void client.destroy()
      const upstream = connect(this.target.port, this.target.host)
      for (const s of [client, upstream]) {
        this.sockets.add(s)
        s.on('close', () => this.sockets.delete(s))
        s.on('error', () => s.destroy())
      }
      client.pipe(upstream).pipe(client)
    })
    return new Promise((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()))
  }

  /** Like a restart: established connections die and new ones are refused. */
  cut(): Promise<void> {
    this.open = false
    for (const s of this.sockets) s.destroy()
    return Promise.resolve()
  }

  close(): Promise<void> {
    this.open = false
    for (const s of this.sockets) s.destroy()
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}

describe('database restart', () => {
  test.runIf(Boolean(serverUrl))(
    'PostgreSQL server: /readyz fails while it is gone and recovers by itself',
    { timeout: 180_000 },
    async () => {
      const real = new URL(serverUrl!)
      const proxy = new CuttableProxy(await freePort(), {
        host: real.hostname,
        port: Number(real.port || 5432),
      })
      await proxy.start()
      const viaProxy = new URL(real.href)
      viaProxy.hostname = '127.0.0.1'
      viaProxy.port = String(proxy.port)
      const dataDir = mkdtempSync(path.join(tmpdir(), 'waypoint-db-restart-'))
      folders.push(dataDir)
      const app = await spawnApp(
        {
          DATA_DIR: dataDir,
          DATABASE_URL: viaProxy.href,
          BETTER_AUTH_SECRET: 'restart-test-secret-restart-test-secret-1',
          MASTER_KEY: 'e'.repeat(64),
        },
        children,
      )
      const ready = async () => (await fetch(app.url + '/readyz').catch(() => null))?.status ?? 0

      // Load: clients browsing the catalogue the whole time.
      let running = true
      const statuses: number[] = []
      const clients = Array.from({ length: 4 }, async () => {
        for (let i = 0; running && i < 2000; i++) {
          const r = await fetch(app.url + '/providers?q=als', { signal: AbortSignal.timeout(10_000) }).catch(
            () => null,
          )
          statuses.push(r?.status ?? 0)
          await r?.arrayBuffer().catch(() => {})
        }
      })
      await new Promise((r) => setTimeout(r, 1500))
      expect(await ready()).toBe(200)

      await proxy.cut()
      let down = 0
      for (let i = 0; i < 40 && down !== 503; i++) {
        down = await ready()
        await new Promise((r) => setTimeout(r, 250))
      }
      expect(
        down,
        `app exited: ${app.child.exitCode ?? app.child.signalCode}\n${app.output().slice(-2000)}`,
      ).toBe(503)
      await new Promise((r) => setTimeout(r, 2000))

      await proxy.start()
      let up = 0
      for (let i = 0; i < 120 && up !== 200; i++) {
        await new Promise((r) => setTimeout(r, 250))
        up = await ready()
      }
      expect(up).toBe(200)
      running = false
      await Promise.all(clients)
      // The same process served throughout, and serves pages again.
      expect(app.child.exitCode).toBeNull()
      expect((await fetch(app.url + '/providers?q=als')).status).toBe(200)
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0)
      app.child.kill('SIGTERM')
      await exited(app.child)
      await proxy.close()
    },
  )
})
