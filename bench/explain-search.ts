import type { Pool } from 'pg'
import { PgDialect } from 'drizzle-orm/pg-core'
import type { SQL } from 'drizzle-orm'
import { readConfig } from '../server/config.ts'
import type { Db } from '../server/db/client.ts'
import { startRuntime } from '../server/runtime.ts'
import { searchFilters } from '../server/use-cases/catalogue/provider-search.ts'
import { searchProviders } from '../server/use-cases/catalogue/search-providers.ts'
import { loadSearchVocabulary } from '../server/use-cases/catalogue/search-vocabulary.ts'
import { numberArg, parseArgs } from './lib/args.ts'
import { longTailQueries } from './lib/long-tail.ts'
import { benchDatabaseUrl, loadAverageText } from './lib/machine.ts'

// `node bench/explain-search.ts [--sample 300]`: EXPLAIN (ANALYZE, BUFFERS) of
// the search statement for a sample of the long tail (bench/lib/long-tail.ts),
// against the catalogue bench:search left in the database. Prints the
// distribution of planning and execution times (the least of --repeat runs of
// each), and the plans of the slowest.
const args = parseArgs()
const sample = Math.round(numberArg(args, 'sample', 300))
const show = Math.round(numberArg(args, 'show', 3))
const repeat = Math.max(1, Math.round(numberArg(args, 'repeat', 3)))

const dialect = new PgDialect()
type Explained = { query: string; planning: number; execution: number; buffers: number; plan: string }

async function main() {
  console.log(`load average at start: ${loadAverageText()}`)
  const config = readConfig({
    ...process.env,
    BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
    MASTER_KEY: 'b'.repeat(64),
    DATABASE_URL: benchDatabaseUrl(),
    LOG_LEVEL: 'error',
    SEED_DEMO: 'never',
    NODE_ENV: 'production',
  })
  const rt = await startRuntime(config)
  const vocabulary = await loadSearchVocabulary(rt)
  const db = rt.database.db
  const out: Explained[] = []
  let current = ''
  // A Db whose execute explains the statement instead of running it.
  const explaining = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== 'execute') return Reflect.get(target, key, receiver)
      return async (statement: SQL) => {
        const q = dialect.sqlToQuery(statement)
        const result = await db.execute(statement)
        const pool = (rt.database as { pool: Pool }).pool
        // The least of `repeat` runs: the machine is shared, and a run that waited for the CPU says little about the plan.
        let r = await pool.query(`explain (analyze, buffers, format text) ${q.sql}`, q.params)
        for (let i = 1; i < repeat; i++) {
          const again = await pool.query(`explain (analyze, buffers, format text) ${q.sql}`, q.params)
          const ms = (x: typeof r) => Number(/([\d.]+) ms/.exec(String(x.rows.at(-1)?.['QUERY PLAN']))?.[1])
          if (ms(again) < ms(r)) r = again
        }
        const lines = r.rows.map((row: Record<string, string>) => row['QUERY PLAN']!)
        const num = (label: string) =>
          Number(/([\d.]+) ms/.exec(lines.find((l: string) => l.startsWith(label)) ?? '')?.[1] ?? NaN)
        const top = lines.find((l: string) => /^\s*Buffers:/.test(l)) ?? ''
        out.push({
          query: current,
          planning: num('Planning Time'),
          execution: num('Execution Time'),
          // Pages read: the work a plan does, whatever else the machine is doing.
          buffers: Number(/shared hit=(\d+)/.exec(top)?.[1] ?? 0) + Number(/read=(\d+)/.exec(top)?.[1] ?? 0),
          plan: lines.join('\n'),
        })
        return result
      }
    },
  }) as Db
  const queries = longTailQueries(sample, 777)
  for (const q of queries) {
    const made = searchFilters(vocabulary, new URLSearchParams(q))
    if (made.nothing) continue
    current = q
    await searchProviders(explaining, made.filters)
  }
  const pct = (xs: number[], p: number) =>
    xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!
  const exec = out.map((o) => o.execution)
  const plan = out.map((o) => o.planning)
  console.log(`${out.length} statements explained`)
  console.log(
    `execution ms: p50 ${pct(exec, 0.5).toFixed(2)} p95 ${pct(exec, 0.95).toFixed(2)} max ${pct(exec, 1).toFixed(2)}`,
  )
  console.log(
    `planning ms:  p50 ${pct(plan, 0.5).toFixed(2)} p95 ${pct(plan, 0.95).toFixed(2)} max ${pct(plan, 1).toFixed(2)}`,
  )
  const bufs = out.map((o) => o.buffers)
  console.log(`pages read:   p50 ${pct(bufs, 0.5)} p95 ${pct(bufs, 0.95)} max ${pct(bufs, 1)}`)
  const slow = [...out].sort((a, b) => b.execution - a.execution)
  console.log('\nslowest:')
  for (const s of slow.slice(0, 15))
    console.log(
      `  ${s.execution.toFixed(2)} ms  ${String(s.buffers).padStart(6)} pages  ${decodeURIComponent(s.query)}`,
    )
  for (const s of slow.slice(0, show)) console.log(`\n=== ${decodeURIComponent(s.query)}\n${s.plan}`)
  console.log(`load average at end: ${loadAverageText()}`)
  await rt.stop()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
