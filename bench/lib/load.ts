// A small closed-loop load driver: C clients, each sending its next request as
// soon as the last one answers, for a fixed time. Every latency is kept, so
// the percentiles are exact.
export type LoadResult = {
  requests: number
  errors: number
  seconds: number
  rps: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]!
}

export function summarise(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  }
}

// No loop may run away: besides the time limit, every run stops after a number
// of requests far above what two cores can serve (a bare Node server here does
// a few thousand a second), and every request gives up after a timeout.
export const requestTimeoutMs = 30_000
export const maxRequestsPerSecond = 50_000

/** Runs `task(i)` from `connections` clients for `seconds`; a task that throws counts as an error. */
export async function drive(
  task: (i: number) => Promise<void>,
  connections: number,
  seconds: number,
  maxRequests = Math.ceil(seconds * maxRequestsPerSecond),
): Promise<LoadResult> {
  const run = await driveRaw(task, connections, seconds, maxRequests)
  return summarise(run.latencies, run.errors, run.seconds)
}

/**
 * Runs each measure for `seconds` in all, in `rounds` slices taken in turn
 * (a, b, a, b, …), so measures that are compared with each other meet the
 * same moments of a shared machine: a neighbour's burst or a slower minute
 * falls on both rather than on whichever ran then.
 */
export async function driveInTurns<K extends string>(
  measures: Record<K, (i: number) => Promise<void>>,
  connections: number,
  seconds: number,
  rounds: number,
): Promise<Record<K, LoadResult>> {
  const names = Object.keys(measures) as K[]
  const runs = new Map(names.map((n) => [n, { latencies: [] as number[], errors: 0, seconds: 0, next: 0 }]))
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const acc = runs.get(name)!
      const run = await driveRaw(() => measures[name](acc.next++), connections, seconds / rounds)
      acc.latencies.push(...run.latencies)
      acc.errors += run.errors
      acc.seconds += run.seconds
    }
  }
  return Object.fromEntries(
    names.map((n) => {
      const acc = runs.get(n)!
      return [n, summarise(acc.latencies, acc.errors, acc.seconds)]
    }),
  ) as Record<K, LoadResult>
}

async function driveRaw(
  task: (i: number) => Promise<void>,
  connections: number,
  seconds: number,
  maxRequests = Math.ceil(seconds * maxRequestsPerSecond),
): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const until = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until && next < maxRequests) {
        const i = next++
        const t0 = performance.now()
        try {
          await task(i)
          latencies.push(performance.now() - t0)
        } catch {
          errors++
        }
      }
    }),
  )
  return { latencies, errors, seconds: (performance.now() - started) / 1000 }
}

/** fetch that fails on anything but a 200 and reads the whole body, as a browser would. */
export async function fetchOk(url: string, fetcher: typeof fetch = fetch): Promise<number> {
  const response = await fetcher(url, { signal: AbortSignal.timeout(requestTimeoutMs) })
  const body = await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`status ${response.status}`)
  return body.byteLength
}

export function fmt(r: LoadResult): string {
  const ms = (n: number) => n.toFixed(1).padStart(7)
  return `${r.rps.toFixed(0).padStart(7)} req/s  p50 ${ms(r.p50)} ms  p95 ${ms(r.p95)} ms  p99 ${ms(r.p99)} ms  errors ${r.errors}`
}
