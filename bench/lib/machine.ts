import os from 'node:os'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

// What a figure was measured on. Benchmarks on a shared 2-core machine vary
// with whatever else runs, so the load average travels with every result.
export type Machine = {
  cpus: number
  cpuModel: string
  memoryGb: number
  node: string
  platform: string
  loadAverage: [number, number, number]
}

export function machineFacts(): Machine {
  const cpus = os.cpus()
  const [one, five, fifteen] = os.loadavg() as [number, number, number]
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: [one, five, fifteen].map((n) => Math.round(n * 100) / 100) as [number, number, number],
  }
}

export function loadAverageText(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
}

export const defaultBenchDatabaseUrl = 'postgres://waypoint:waypoint@127.0.0.1:5432/waypoint_bench'

export function benchDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || defaultBenchDatabaseUrl
}

/** `select version()` on the PostgreSQL server, or on an in-memory PGlite for the embedded engine. */
export async function databaseVersion(url: string | null): Promise<string> {
  const first = (v: string) => v.split(' on ')[0]!.split(',')[0]!
  if (url === null) {
    const db = await PGlite.create()
    try {
      const { rows } = await db.query<{ version: string }>('select version()')
      return `PGlite ${first(rows[0]!.version)} (embedded)`
    } finally {
      await db.close()
    }
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const { rows } = await client.query<{ version: string }>('select version()')
    return `${first(rows[0]!.version)} (server)`
  } finally {
    await client.end()
  }
}

/**
 * How many server processes the app runs in the benches that use the
 * PostgreSQL server: one per core, as it is deployed (WEB_CONCURRENCY,
 * ADR 0080). BENCH_WEB_CONCURRENCY=1 measures a single process.
 */
export function benchWebConcurrency(): string {
  return process.env.BENCH_WEB_CONCURRENCY || String(os.availableParallelism())
}
