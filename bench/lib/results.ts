import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { machineFacts, type Machine } from './machine.ts'

// Every benchmark writes bench/results/<name>.json in this one shape, so
// `npm run bench` can collect them without knowing each benchmark's figures.
export type Target = { name: string; value: number; target: string; met: boolean }

export type BenchResult = {
  name: string
  at: string
  machine: Machine & { database?: string }
  settings: Record<string, unknown>
  /** One row per measured thing (page, size, load level…). */
  rows: Record<string, unknown>[]
  /** Anything else worth keeping that is not a row. */
  figures?: Record<string, unknown>
  /** What the same machine does with the app taken out, measured in the same run. */
  ceiling: { what: string; value: number; unit: string }
  /** The app's figure over the ceiling: how much of the machine the app gets to use. */
  ratio: { what: string; value: number }
  targets: Target[]
}

export const resultsDir = path.resolve(import.meta.dirname, '..', 'results')

export function target(name: string, value: number, goal: string, met: boolean): Target {
  return { name, value: Math.round(value * 100) / 100, target: goal, met }
}

export function printTargets(targets: readonly Target[]): void {
  for (const t of targets)
    console.log(`${t.met ? 'MET   ' : 'MISSED'}  ${t.name}: ${t.value} (target ${t.target})`)
}

export function writeResult(
  result: Omit<BenchResult, 'at' | 'machine'> & { database?: string; startLoad?: Machine['loadAverage'] },
): string {
  const { database, startLoad, ...rest } = result
  const machine = machineFacts()
  const full: BenchResult = {
    ...rest,
    at: new Date().toISOString(),
    machine: {
      ...machine,
      // The load when the run began says more about the figures than the load after it.
      loadAverage: startLoad ?? machine.loadAverage,
      ...(database ? { database } : {}),
    },
  }
  mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `${result.name}.json`)
  writeFileSync(file, JSON.stringify(full, null, 2) + '\n')
  return file
}
