import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from 'react-router'
import { ConfigError, readConfig } from './config.ts'
import { DatabaseUnavailableError } from './db/client.ts'
import { createHttpApp } from './http/app.ts'
import { applyRuntimeFlags } from './node-flags.ts'
import { setRuntime, startRuntime } from './runtime.ts'

// The production server: start the runtime (database, migrations, jobs, demo
// data), then serve the React Router build. Run with Node 24: `node server/main.ts`.
const root = path.resolve(import.meta.dirname, '..')

async function main() {
  applyRuntimeFlags()
  const config = readConfig()
  const runtimePromise = startRuntime(config)
  setRuntime(runtimePromise)
  const runtime = await runtimePromise
  const build = (await import(pathToFileURL(path.join(root, 'build/server/index.js')).href)) as ServerBuild
  const app = createHttpApp(runtime, build, path.join(root, 'build/client'))
  const server = app.listen(config.PORT, config.HOST, () => {
    runtime.logger.info({ engine: runtime.database.engine, url: config.publicUrl }, 'listening')
    console.log(
      `Waypoint is ready at ${config.publicUrl} (database: ${runtime.database.engine === 'pglite' ? 'embedded PGlite in ' + path.resolve(config.DATA_DIR) : 'PostgreSQL server'})`,
    )
  })
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
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
      console.log('Stopping now.')
      process.exit(1)
    }
    stopping = true
    console.log(`\n${signal} received: finishing requests and closing the database…`)
    server.closeIdleConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await runtime.stop()
    console.log('Waypoint stopped cleanly.')
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  // Keep-alive connections would hold close() open.
  setInterval(() => stopping && server.closeAllConnections(), 2000).unref()
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(error.message)
  } else {
    console.error('Waypoint could not start:', error instanceof Error ? error.message : String(error))
  }
  process.exit(1)
})
