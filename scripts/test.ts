import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// `npm test`: every tier, cheapest first (type check and lint side by side),
// stopping at the first failure.
//   npm test -- --only unit,int     run some tiers (typecheck, lint, unit, int, int-pg, e2e)
// CI runs the same command (.ci/run), so a green `npm test` here is a green CI.
const root = path.resolve(import.meta.dirname, '..')
const binDir = path.join(root, 'node_modules', '.bin')
const bin = (name: string) => path.join(binDir, name)

// The project's Node 24 (the `node` devDependency) must win over the system's
// for every tool these tiers start, since their shebangs say `env node`.
const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` }

const embeddedEnv: NodeJS.ProcessEnv = { ...env }
delete embeddedEnv.TEST_DATABASE_URL
delete embeddedEnv.DATABASE_ENGINE_UNDER_TEST
delete embeddedEnv.TEST_DATABASE_BASE_URL

type Step = { cmd: string; args: string[]; env?: NodeJS.ProcessEnv; vitest?: boolean }
type Tier = {
  name: string
  title: string
  steps: Step[]
  skip?: string
  /** Runs side by side with the named tier: neither reads what the other writes, and each keeps one core busy. */
  alongside?: string
}

const vitest = (project: string, stepEnv?: NodeJS.ProcessEnv): Step => ({
  cmd: bin('vitest'),
  args: ['run', '--project', project],
  env: stepEnv,
  vitest: true,
})

const tiers: Tier[] = [
  {
    name: 'typecheck',
    title: 'Type check (react-router typegen, tsc)',
    steps: [
      { cmd: bin('react-router'), args: ['typegen'] },
      { cmd: bin('tsc'), args: ['-p', 'tsconfig.json'] },
    ],
  },
  {
    name: 'lint',
    alongside: 'typecheck',
    title: 'Lint and format (eslint, prettier)',
    steps: [
      { cmd: bin('eslint'), args: ['.', '--max-warnings', '0'] },
      { cmd: bin('prettier'), args: ['--check', '.', '--log-level', 'warn'] },
    ],
  },
  { name: 'unit', title: 'Unit tests', steps: [vitest('unit')] },
  {
    name: 'int',
    title: 'Integration tests on PGlite (embedded PostgreSQL)',
    steps: [vitest('integration', embeddedEnv)],
  },
  {
    name: 'int-pg',
    title: 'Integration tests on the PostgreSQL server (TEST_DATABASE_URL)',
    steps: [vitest('integration', { ...env, DATABASE_ENGINE_UNDER_TEST: 'postgres' })],
    skip: process.env.TEST_DATABASE_URL ? undefined : 'skipped: TEST_DATABASE_URL is not set',
  },
  {
    name: 'e2e',
    title: 'Browser tests (built app, Chromium, axe)',
    steps: [vitest('e2e')],
  },
]

function parseOnly(argv: string[]): Set<string> | null {
  let value: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--only') value = argv[++i] ?? ''
    else if (arg.startsWith('--only=')) value = arg.slice('--only='.length)
    else if (arg === '--help' || arg === '-h') {
      console.log(`Usage: npm test [-- --only ${tiers.map((t) => t.name).join(',')}]`)
      process.exit(0)
    } else {
      console.error(`Unknown argument: ${arg}. Usage: npm test -- --only unit,int`)
      process.exit(2)
    }
  }
  if (value === undefined) return null
  const names = new Set(
    value
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  )
  const unknown = [...names].filter((n) => !tiers.some((t) => t.name === n))
  if (names.size === 0 || unknown.length > 0) {
    console.error(
      `Unknown tier(s): ${unknown.join(', ') || '(none given)'}. Choose from: ${tiers.map((t) => t.name).join(', ')}`,
    )
    process.exit(2)
  }
  return names
}

const only = parseOnly(process.argv.slice(2))

// Each step runs in its own process group, so a stop request reaches the app
// servers and browsers the tests started too, and none outlives its step.
const running = new Set<ChildProcess>()
let stopSignal: NodeJS.Signals | null = null
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // The group is already empty.
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopSignal = signal
    for (const child of running) signalGroup(child, signal)
  })
}

function run(step: Step, extraArgs: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, [...step.args, ...extraArgs], {
      cwd: root,
      stdio: 'inherit',
      env: step.env ?? env,
      detached: true,
    })
    running.add(child)
    child.on('error', (error) => {
      console.error(`Could not start ${step.cmd}: ${error.message} (did \`npm ci\` run?)`)
      resolve(127)
    })
    child.on('exit', (code, signal) => {
      running.delete(child)
      // Whatever a crashed test left running (servers handle SIGTERM cleanly).
      signalGroup(child, 'SIGTERM')
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}

// Vitest's own summary is not one a CI log reader knows, so its JSON report is
// summed into one plain "N passed, N failed" line at the end.
const counts = { passed: 0, failed: 0, skipped: 0, ran: false }
const reportDir = mkdtempSync(path.join(tmpdir(), 'waypoint-test-'))

function addCounts(file: string): string {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      numPendingTests: number
      numTodoTests: number
    }
    counts.ran = true
    counts.passed += r.numPassedTests
    counts.failed += r.numFailedTests
    counts.skipped += r.numPendingTests + r.numTodoTests
    return `${r.numPassedTests} passed, ${r.numFailedTests} failed`
  } catch {
    return 'no report'
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
/** A line per tier that ran, printed in the tiers' order whatever finished first. */
const summary = new Map<string, string>()
const startedAll = Date.now()

function finish(code: number, failedTier?: Tier): never {
  rmSync(reportDir, { recursive: true, force: true })
  const lines = tiers.flatMap((t) => summary.get(t.name) ?? [])
  console.log(`\n━━ Summary ━━\n${lines.join('\n')}`)
  console.log(`total      ${seconds(Date.now() - startedAll)}`)
  if (counts.ran) {
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''
    console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed${skipped}`)
  }
  if (failedTier) console.error(`\nnpm test failed in: ${failedTier.title}`)
  else if (stopSignal) console.error(`\nnpm test stopped by ${stopSignal}`)
  process.exit(code)
}

type Outcome = { tier: Tier; code: number }

async function runTier(tier: Tier): Promise<Outcome> {
  const started = Date.now()
  const details: string[] = []
  for (const step of tier.steps) {
    const reportFile = path.join(reportDir, `${tier.name}-${details.length}.json`)
    const extra = step.vitest
      ? ['--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]
      : []
    const code = await run(step, extra)
    if (step.vitest) details.push(addCounts(reportFile))
    if (stopSignal) return { tier, code: 130 }
    if (code !== 0) {
      summary.set(
        tier.name,
        `${tier.name.padEnd(10)} FAILED after ${seconds(Date.now() - started)}${details.length ? ` (${details.join('; ')})` : ''}`,
      )
      return { tier, code }
    }
  }
  summary.set(
    tier.name,
    `${tier.name.padEnd(10)} passed in ${seconds(Date.now() - started)}${details.length ? ` (${details.join('; ')})` : ''}`,
  )
  return { tier, code: 0 }
}

// Each tier starts a stage, with any tier that runs alongside it; the rest
// need the machine alone.
const stages = tiers
  .filter((t) => !t.alongside)
  .map((t) => [t, ...tiers.filter((other) => other.alongside === t.name)])

for (const stage of stages) {
  const chosen = stage.filter((t) => !only || only.has(t.name))
  const toRun: Tier[] = []
  for (const tier of chosen) {
    console.log(`\n━━ ${tier.title} ━━`)
    if (tier.skip) {
      console.log(tier.skip)
      summary.set(tier.name, `${tier.name.padEnd(10)} ${tier.skip}`)
    } else toRun.push(tier)
  }
  const outcomes = await Promise.all(toRun.map(runTier))
  if (stopSignal) finish(130)
  const failed = outcomes.find((o) => o.code !== 0)
  if (failed) finish(failed.code, failed.tier)
}
finish(0)
