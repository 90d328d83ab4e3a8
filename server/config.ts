import path from 'node:path'
import { z } from 'zod'
import { parseTrustSetting, type ProxyTrust } from '#domain/accounts/client-address.ts'
import type { MeetingProvider } from './calendar/meeting-link.ts'

// Every setting Waypoint reads, with its default. The README's configuration
// table lists the same names; keep them together.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().optional(),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  MASTER_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'MASTER_KEY must be 64 hexadecimal characters (32 bytes)')
    .optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Waypoint <no-reply@waypoint.invalid>'),
  DB_OPEN_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  // Connections to the PostgreSQL server per app process (the embedded database has one).
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(20),
  // Server processes sharing the port (server/workers.ts); above 1 needs DATABASE_URL.
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  // The PostgreSQL schema of the job queue: deployments sharing one database keep theirs apart.
  JOBS_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'JOBS_SCHEMA must be a lower-case PostgreSQL name')
    .default('pgboss'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  DOCUMENT_STORAGE: z.enum(['fs', 's3']).default('fs'),
  DOCUMENTS_DIR: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  UPLOAD_MAX_FILE_MB: z.coerce.number().int().positive().default(500),
  UPLOAD_MAX_CASE_MB: z.coerce.number().int().positive().default(2048),
  // Public pages are served from memory for this long (0 turns the cache off); ADR 0021.
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  PAGE_CACHE_MB: z.coerce.number().int().positive().default(32),
  // Proxies in front of the app whose X-Forwarded-For / -Proto / -Host are believed:
  // a hop count or addresses and CIDR ranges, as Express's `trust proxy` (ADR 0033).
  TRUST_PROXY: z.string().default(''),
  // Where virtual consultations take place (ADR 0044): a room on a Jitsi Meet
  // server, or any provider whose rooms are a URL with the room name in it.
  MEETING_PROVIDER: z.enum(['jitsi', 'url-template']).default('jitsi'),
  JITSI_DOMAIN: z
    .string()
    .regex(
      /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?$/i,
      'JITSI_DOMAIN must be a host name',
    )
    .default('meet.jit.si'),
  MEETING_URL_TEMPLATE: z.string().optional(),
})

export type Config = Omit<z.infer<typeof schema>, 'DOCUMENTS_DIR'> & {
  /** Where the filesystem document store keeps objects; `${DATA_DIR}/documents` unless set. */
  DOCUMENTS_DIR: string
  /** TRUST_PROXY, read: which hops in front of the app are our proxies. */
  proxyTrust: ProxyTrust
  /** MEETING_PROVIDER with its domain or template: where consultation links point. */
  meeting: MeetingProvider
  publicUrl: string
  embedded: boolean
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''))
  const parsed = schema.safeParse(cleaned)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Waypoint cannot start: the configuration is invalid.\n${lines.join('\n')}`)
  }
  const c = parsed.data
  const embedded = !c.DATABASE_URL
  if (!embedded && !c.BETTER_AUTH_SECRET) {
    throw new ConfigError(
      'Waypoint cannot start: BETTER_AUTH_SECRET must be set (at least 32 characters) when DATABASE_URL is used.',
    )
  }
  if (!embedded && !c.MASTER_KEY) {
    throw new ConfigError(
      'Waypoint cannot start: MASTER_KEY must be set (64 hex characters) when DATABASE_URL is used.',
    )
  }
  if (embedded && c.WEB_CONCURRENCY > 1) {
    throw new ConfigError(
      'Waypoint cannot start: WEB_CONCURRENCY above 1 needs DATABASE_URL, as the embedded database is open in one process only.',
    )
  }
  if (c.DOCUMENT_STORAGE === 's3') {
    const missing = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !c[k])
    if (missing.length > 0) {
      throw new ConfigError(
        `Waypoint cannot start: DOCUMENT_STORAGE=s3 needs ${missing.join(', ')} (and S3_ENDPOINT unless the bucket is on AWS).`,
      )
    }
  }
  const trust = parseTrustSetting(c.TRUST_PROXY)
  if (!trust.ok) throw new ConfigError(`Waypoint cannot start: ${trust.problem}.`)
  const meeting = meetingProvider(c)
  const DOCUMENTS_DIR = c.DOCUMENTS_DIR ?? path.join(c.DATA_DIR, 'documents')
  const publicUrl = c.PUBLIC_URL ?? `http://${c.HOST === '0.0.0.0' ? '127.0.0.1' : c.HOST}:${c.PORT}`
  return { ...c, DOCUMENTS_DIR, publicUrl, embedded, proxyTrust: trust.trust, meeting }
}

function meetingProvider(c: z.infer<typeof schema>): MeetingProvider {
  if (c.MEETING_PROVIDER === 'jitsi') return { kind: 'jitsi', domain: c.JITSI_DOMAIN.toLowerCase() }
  const template = c.MEETING_URL_TEMPLATE ?? ''
  let url: URL | null = null
  try {
    url = new URL(template.replaceAll('{room}', 'room'))
  } catch {
    url = null
  }
  if (!url || url.protocol !== 'https:' || !template.includes('{room}')) {
    throw new ConfigError(
      'Waypoint cannot start: MEETING_PROVIDER=url-template needs MEETING_URL_TEMPLATE, an https address with {room} in it.',
    )
  }
  return { kind: 'url-template', template }
}
