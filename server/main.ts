import cluster from 'node:cluster'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from 'react-router'
import { ConfigError, readConfig } from './config.ts'
import { DatabaseUnavailableError } from './db/client.ts'
import { createHttpApp } from './http/app.ts'
import { announce, createLogger, routeConsoleToLogger, startFailure } from './logger.ts'
import { applyRuntimeFlags } from './node-flags.ts'
import { setRuntime, startRuntime } from './runtime.ts'
import { superviseWorkers, workerMayListen } from './workers.ts'

// The production server: start the runtime (database, migrations, jobs, demo
// data), then serve the React Router build. Run with Node 24: `node server/main.ts`.
const root = path.resolve(import.meta.dirname, '..')

async function main() {
  applyRuntimeFlags()
  const config = readConfig()
  // WEB_CONCURRENCY > 1: this process only starts and watches the servers (server/workers.ts).
  if (cluster.isPrimary && config.WEB_CONCURRENCY > 1)
    return superviseWorkers(config.WEB_CONCURRENCY, config.publicUrl)
  // From here on, every line the process writes is JSON (server/logger.ts).
  const logger = createLogger(config.LOG_LEVEL)
  routeConsoleToLogger(logger)
  const runtimePromise = startRuntime(config, logger)
  setRuntime(runtimePromise)
  const runtime = await runtimePromise
  const build = (await import(pathToFileURL(path.join(root, 'build/server/index.js')).href)) as ServerBuild
  const app = createHttpApp(runtime, build, path.join(root, 'build/client'))
  // One of several: listen when the supervisor says, once every one has started.
  if (cluster.isWorker) await workerMayListen()
  const server = app.listen(config.PORT, config.HOST, () => {
    // One of several: the supervisor says when all of them are ready.
    if (cluster.isWorker) return
    announce(`Waypoint is ready at ${config.publicUrl}`, {
      engine: runtime.database.engine,
      url: config.publicUrl,
      dataDir: runtime.database.engine === 'pglite' ? path.resolve(config.DATA_DIR) : undefined,
    })
  })
  server.on('error', async (error: NodeJS.ErrnoException) => {
    startFailure(
      error.code === 'EADDRINUSE'
        ? `Port ${config.PORT} on ${config.HOST} is already in use. Stop the other program or set PORT.`
        : `The server could not start: ${error.message}`,
    )
    await runtime.stop()
    process.exit(1)
  })

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) {
      // A worker hears Ctrl-C from the terminal and again from its supervisor,
      // which is the one that decides when waiting has lasted long enough.
      if (cluster.isWorker) return
      announce('Stopping now.')
      process.exit(1)
    }
    stopping = true
    if (!cluster.isWorker)
      announce(`${signal} received: finishing requests and closing the database…`, { signal })
    server.closeIdleConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await runtime.stop()
    if (!cluster.isWorker) announce('Waypoint stopped cleanly.')
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  // The supervisor is gone (killed outright): nobody would replace or stop this worker.
  if (cluster.isWorker) process.on('disconnect', () => void shutdown('disconnect'))
  // Keep-alive connections would hold close() open.
  setInterval(() => stopping && server.closeAllConnections(), 2000).unref()
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    startFailure(error.message)
  } else {
    startFailure(`Waypoint could not start: ${error instanceof Error ? error.message : String(error)}`)
  }
  process.exit(1)
})
