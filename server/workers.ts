import cluster, { type Worker } from 'node:cluster'
import { announce, startFailure } from './logger.ts'

// WEB_CONCURRENCY > 1 on the PostgreSQL server: this process forks that many
// copies of the server, which share its port (node:cluster hands each
// connection to one of them in turn), and looks after them. One Node process
// renders on one core; the clinic inbox and the coordinator's queue spent as
// long waiting for the busy event loop as in their own SQL (bench/queue.ts,
// ADR 0080). Every instance already works beside others on one database
// (tests/e2e/many-instances.e2e.ts), so a worker is simply another instance.
//
// The first worker starts alone, so migrations and demo data are done once
// before the others open the database; they listen together once all have
// started. A worker that dies after it served is replaced; one that dies
// while starting stops the whole app, since the next would fail the same way.

/** More than this many replacements within RESTART_WINDOW_MS means something is wrong with every worker. */
const MAX_RESTARTS = 5
const RESTART_WINDOW_MS = 60_000
const STOP_TIMEOUT_MS = 15_000

type WorkerMessage = 'started' | 'listen'

/** In a worker: says it has started, and resolves when the supervisor lets it listen. */
export function workerMayListen(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (message !== ('listen' satisfies WorkerMessage)) return
      process.off('message', onMessage)
      resolve()
    }
    process.on('message', onMessage)
    process.send!('started' satisfies WorkerMessage)
  })
}

export function superviseWorkers(count: number, publicUrl: string): void {
  const started = new Set<Worker>()
  const listening = new Set<Worker>()
  const restarts: number[] = []
  let ready = false
  let stopping = false
  let exitCode = 0
  const alive = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w))
  const letListen = (w: Worker) => w.send('listen' satisfies WorkerMessage)

  const fork = () => {
    const worker = cluster.fork()
    worker.on('message', (message: unknown) => {
      if (message !== ('started' satisfies WorkerMessage)) return
      started.add(worker)
      // A replacement listens at once; at start-up the next one starts, and
      // all listen together once every one has started, so the first
      // connections (a load balancer's, a browser's) are not all the first one's.
      if (ready) return letListen(worker)
      if (alive().length < count) return void fork()
      if (started.size === count) for (const w of started) letListen(w)
    })
    worker.once('listening', () => {
      listening.add(worker)
      if (ready || listening.size < count) return
      ready = true
      announce(`Waypoint is ready at ${publicUrl}`, { url: publicUrl, engine: 'postgres', workers: count })
    })
    worker.once('exit', (code, signal) => {
      started.delete(worker)
      const served = listening.delete(worker)
      if (stopping) {
        if (alive().length > 0) return
        if (exitCode === 0) announce('Waypoint stopped cleanly.')
        process.exit(exitCode)
      }
      if (!served) return stopAll(1, 'A server process could not start: Waypoint stops.')
      const now = Date.now()
      restarts.push(now)
      while (restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift()
      if (restarts.length > MAX_RESTARTS)
        return stopAll(1, `Server processes keep stopping (${restarts.length} in a minute): Waypoint stops.`)
      announce('A server process stopped: starting another.', { code, signal, pid: worker.process.pid })
      fork()
    })
  }

  function stopAll(code: number, failure?: string) {
    if (failure) startFailure(failure)
    stopping = true
    exitCode = code
    const workers = alive()
    if (workers.length === 0) process.exit(code)
    // Each worker finishes its requests and closes its pool (server/main.ts).
    for (const w of workers) w.process.kill('SIGTERM')
    setTimeout(() => {
      for (const w of alive()) w.process.kill('SIGKILL')
      process.exit(code || 1)
    }, STOP_TIMEOUT_MS).unref()
  }

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      announce('Stopping now.')
      for (const w of alive()) w.process.kill('SIGKILL')
      process.exit(1)
    }
    announce(`${signal} received: finishing requests and closing the database…`, { signal })
    stopAll(0)
  }
  process.on('SIGINT', () => onSignal('SIGINT'))
  process.on('SIGTERM', () => onSignal('SIGTERM'))
  fork()
}
