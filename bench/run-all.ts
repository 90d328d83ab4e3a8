import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from './lib/args.ts'
import { benchDatabaseUrl, databaseVersion, machineFacts } from './lib/machine.ts'
import { resultsDir, type BenchResult } from './lib/results.ts'

// `npm run bench`: every benchmark in turn, each in its own process (so one
// cannot warm or starve the next), then one summary of their figures in
// bench/results/latest.json and latest.md.
// `npm run bench -- --quick` passes short durations and small sizes: a check
// that everything runs, not figures to quote. `--only soak,lighthouse` runs a subset.
const args = parseArgs()
const quick = args.quick === 'true'
const benchmarks: { name: string; full: string[]; quick: string[] }[] = [
  { name: 'search', full: [], quick: ['--seconds', '2', '--long-tail', '1000'] },
  { name: 'queue', full: [], quick: ['--seconds', '2', '--cases', '2000', '--long-tail', '500'] },
  { name: 'page-weight', full: [], quick: [] },
  { name: 'upload', full: [], quick: ['--sizes', '20', '--rounds', '1'] },
  { name: 'soak', full: [], quick: ['--seconds', '20', '--ceiling-seconds', '3'] },
  { name: 'lighthouse', full: [], quick: ['--runs', '1'] },
]
const only = args.only?.split(',')
const chosen = benchmarks.filter((b) => !only || only.includes(b.name))
if (only && chosen.length !== only.length) {
  console.error(`--only takes names from: ${benchmarks.map((b) => b.name).join(', ')}`)
  process.exit(2)
}
const node = path.resolve(import.meta.dirname, '../node_modules/.bin/node')

type Outcome = { name: string; exitCode: number | null; seconds: number; result: BenchResult | null }

function run(b: (typeof benchmarks)[number]): Outcome {
  const file = path.join(resultsDir, `${b.name}.json`)
  // A result left by an earlier run must not pass for this one.
  rmSync(file, { force: true })
  const argv = quick ? b.quick : b.full
  console.log(`\n=== ${b.name}: node bench/${b.name}.ts ${argv.join(' ')}`.trimEnd())
  const started = performance.now()
  const child = spawnSync(node, [path.join(import.meta.dirname, `${b.name}.ts`), ...argv], {
    stdio: 'inherit',
    // Generous: the full soak is 10 minutes plus its preparation and ceiling.
    timeout: 30 * 60 * 1000,
  })
  const seconds = (performance.now() - started) / 1000
  const result = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResult) : null
  return { name: b.name, exitCode: child.status, seconds, result }
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2)

function markdown(summary: {
  at: string
  quick: boolean
  machine: ReturnType<typeof machineFacts>
  databases: { server: string; embedded: string }
  outcomes: Outcome[]
}): string {
  const m = summary.machine
  const lines = [
    `# Benchmark results, ${summary.at}${summary.quick ? ' (quick run: a check, not figures to quote)' : ''}`,
    '',
    '| Machine | |',
    '| --- | --- |',
    `| CPUs | ${m.cpus} × ${m.cpuModel} |`,
    `| Memory | ${m.memoryGb} GB |`,
    `| Node | ${m.node} |`,
    `| Database server (search, soak) | ${summary.databases.server} |`,
    `| Embedded database (page weight, upload, Lighthouse) | ${summary.databases.embedded} |`,
    `| OS | ${m.platform} |`,
    `| Load average at start (1, 5, 15 min) | ${m.loadAverage.join(', ')} |`,
    '',
    '| Benchmark | Ran | Time | Load at its start | Ceiling (same run) | Ratio | Targets met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const o of summary.outcomes) {
    const r = o.result
    lines.push(
      `| ${o.name} | ${o.exitCode === 0 ? 'yes' : `failed (exit ${o.exitCode})`} | ${o.seconds.toFixed(0)} s | ${r ? r.machine.loadAverage[0] : ''} | ${r ? `${fmt(r.ceiling.value)} ${r.ceiling.unit}: ${r.ceiling.what}` : ''} | ${r ? `${fmt(r.ratio.value)} (${r.ratio.what})` : ''} | ${r ? `${r.targets.filter((t) => t.met).length} of ${r.targets.length}` : ''} |`,
    )
  }
  lines.push('', '| Benchmark | Target | Value | Goal | Met |', '| --- | --- | --- | --- | --- |')
  for (const o of summary.outcomes)
    for (const t of o.result?.targets ?? [])
      lines.push(`| ${o.name} | ${t.name} | ${t.value} | ${t.target} | ${t.met ? 'yes' : '**no**'} |`)
  return lines.join('\n') + '\n'
}

async function main() {
  const machine = machineFacts()
  const databases = {
    server: await databaseVersion(benchDatabaseUrl()).catch((e: Error) => `unreachable (${e.message})`),
    embedded: await databaseVersion(null),
  }
  const at = new Date().toISOString()
  const outcomes = chosen.map(run)
  mkdirSync(resultsDir, { recursive: true })
  const summary = { at, quick, machine, databases, outcomes }
  writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(summary, null, 2) + '\n')
  const md = markdown(summary)
  writeFileSync(path.join(resultsDir, 'latest.md'), md)
  console.log(`\n${md}\nWritten to bench/results/latest.json and bench/results/latest.md`)
  const failed = outcomes.filter((o) => o.exitCode !== 0)
  if (failed.length > 0) {
    console.error(`Did not complete: ${failed.map((o) => o.name).join(', ')}`)
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
