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
