import path from 'node:path'
import compression from 'compression'
import express from 'express'
import type { NextFunction, Request, Response } from 'express'
import type { ServerBuild } from 'react-router'
import { isTrustedHop } from '#domain/accounts/client-address.ts'
import type { Logger } from '../logger.ts'
import type { Runtime } from '../runtime.ts'
import { cookieGuard } from './cookie-guard.ts'
import { pageCache } from './page-cache.ts'
import { reactRouterHandler } from './react-router-handler.ts'
import { sendRefusal } from './refusal-page.ts'
import { requestGuard } from './request-guard.ts'
import { requestLog } from './request-log.ts'
import { securityHeaders } from './security-headers.ts'

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
  ])
}

/**
 * The last resort: anything thrown on the way is logged as one JSON line (with
 * its stack inside it) and answered with a page, never Express's default
 * handler, which prints the stack to stderr. Errors that come from the request
 * itself (a Host header that makes no URL, say) are a 400.
 */
function failedRequest(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown }).status === 400 ? 400 : 500
    const context = { requestId: req.headers['x-request-id'], method: req.method, path: req.path, status }
    if (status === 500) logger.error({ ...context, err: error }, 'request failed')
    else
      logger.warn(
        { ...context, err: error instanceof Error ? error.message : String(error) },
        'request refused',
      )
    if (res.headersSent) return void res.destroy()
    sendRefusal(req, res, status)
  }
}

/** The HTTP shell around the React Router build: headers, logs, probes, static files. */
export function createHttpApp(runtime: Runtime, build: ServerBuild, clientDir: string) {
  const app = express()
  app.disable('x-powered-by')
  // X-Forwarded-Proto and -Host count only from the proxies TRUST_PROXY names.
  const trust = runtime.config.proxyTrust
  app.set('trust proxy', (address: string, hop: number) => isTrustedHop(address, hop, trust))
  app.use(requestLog(runtime.logger, trust))
  // The build's entry.server lists the hashes of the inline styles it renders.
  const styleHashes = (build.entry.module as { styleHashes?: string[] }).styleHashes ?? []
  app.use(securityHeaders({ production: runtime.config.NODE_ENV === 'production', styleHashes }))
  app.use(requestGuard({ publicOrigin: new URL(runtime.config.publicUrl).origin }))
  app.use(cookieGuard())
  // Level 1: most of the size saving for a fraction of the CPU (measured with bench/search.ts).
  app.use(compression({ level: 1 }))

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'up', uptimeSeconds: Math.round(process.uptime()) })
  })
  app.get('/readyz', async (_req, res) => {
    const checks = { database: false, jobs: false }
    try {
      await withTimeout(runtime.database.ping(), 2000)
      checks.database = true
      await withTimeout(runtime.jobs.ping(), 2000)
      checks.jobs = true
      res.json({ status: 'ready', engine: runtime.database.engine, checks })
    } catch {
      res.status(503).json({ status: 'unavailable', engine: runtime.database.engine, checks })
    }
  })

  app.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  )
  // Only paths that name a file look on disk: a stat per page view showed up in profiles.
  const rootFiles = express.static(clientDir, { maxAge: '1h', index: false })
  app.use((req, res, next) => (path.extname(req.path) ? rootFiles(req, res, next) : next()))
  const publicPages = pageCache({
    seconds: runtime.config.PAGE_CACHE_SECONDS,
    maxBytes: runtime.config.PAGE_CACHE_MB * 1024 * 1024,
  })
  // Any instance's listing change empties this one's cache (ADR 0056).
  runtime.listingChanges.subscribe(() => publicPages.purge())
  app.use(publicPages)
  app.all('/{*splat}', reactRouterHandler(build, runtime.config.NODE_ENV))
  app.use(failedRequest(runtime.logger))
  return app
}
