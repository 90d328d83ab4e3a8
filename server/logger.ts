import { format } from 'node:util'
import pino from 'pino'

// Structured JSON logs. Identifiers only: never names, emails, diagnoses or
// document names. The redact list is a safety net, not the policy.
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'waypoint' },
    redact: {
      paths: [
        'email',
        '*.email',
        'name',
        '*.name',
        'password',
        '*.password',
        'req.headers.cookie',
        'headers.cookie',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  })
}

export type Logger = ReturnType<typeof createLogger>

/**
 * Every line the server writes is one JSON object (docs/decisions/0013,
 * 0033). Libraries and React Router write to the console (React Router prints
 * the stack of an error it handles; better-auth prints its warnings): the
 * console is routed into the logger, so their text, which may carry a
 * request's text, is escaped inside a JSON string, and a stack stays inside
 * its line. Node's own warnings and a crash go the same way.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((a): a is Error => a instanceof Error)
      const message = format(...args.filter((a) => a !== error))
      if (error) logger[level]({ err: error }, message || error.message)
      else logger[level](message)
    }
  // console.log is how the demo seed speaks to the operator (its accounts):
  // shown whatever LOG_LEVEL says, as announce() does.
  console.log = (...args: unknown[]) => announce(format(...args))
  console.info = write('info')
  console.debug = write('debug')
  console.warn = write('warn')
  console.error = write('error')
  console.trace = write('error')
  process.removeAllListeners('warning')
  process.on('warning', (warning) => logger.warn({ err: warning }, warning.message))
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception')
    process.exit(1)
  })
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled promise rejection')
    process.exit(1)
  })
}

/**
 * The server's own start and stop, written whatever LOG_LEVEL says (an
 * operator always sees where it listens and why it stopped), as one JSON line
 * in pino's shape: on stdout, or on stderr for a failure.
 */
export function announce(message: string, fields: Record<string, unknown> = {}, failure = false): void {
  const line = JSON.stringify({
    level: failure ? 60 : 30,
    time: Date.now(),
    service: 'waypoint',
    ...fields,
    msg: message,
  })
  ;(failure ? process.stderr : process.stdout).write(line + '\n')
}

export function startFailure(message: string): void {
  announce(message, {}, true)
}
