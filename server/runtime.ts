import { randomBytes } from 'node:crypto'
import { readConfig, type Config } from './config.ts'
import { createAuth, type Auth } from './auth/auth.ts'
import { sessionReader, type ReadSession } from './auth/session.ts'
import { migrateDatabase, openPglite, openPostgres, type Database } from './db/client.ts'
import { startJobs, type Jobs } from './jobs/queue.ts'
import { runTrialImport } from './use-cases/trials/import-trials.ts'
import { sendDailyDigests } from './use-cases/coordinator/daily-digest.ts'
import { judgeOffers } from './use-cases/catalogue/judge-offers.ts'
import { runCredentialExpiry } from './use-cases/review/credential-expiry.ts'
import { expireLapsedQuotes } from './use-cases/quotes/expire-quotes.ts'
import { sendFollowUpReminders } from './use-cases/follow-up/follow-up-reminders.ts'
import { refreshOutcomeFigures } from './use-cases/outcomes/refresh-outcomes.ts'
import { escalateAdverseEvents } from './use-cases/treatment/escalate-adverse-events.ts'
import { systemClock } from './cases/case-deps.ts'
import { createLogger, type Logger } from './logger.ts'
import { createMailer, type Mailer } from './mail/mailer.ts'
import { loadInstanceSecrets } from './secrets.ts'
import { createDocumentStorage } from './documents/create-storage.ts'
import { sweepOrphanDocuments } from './documents/cleanup.ts'
import type { DocumentStorage } from './documents/storage.ts'
import { seedReferenceData } from './seed/seed-reference.ts'
import { seedDemoDataOnce } from './seed/seed-demo.ts'
import { listenForListingChanges, type ListingChanges } from './catalogue/listing-change-listener.ts'

/** Everything stateful the app needs, created once per process. */
export type Runtime = {
  config: Config
  logger: Logger
  database: Database
  mailer: Mailer
  jobs: Jobs
  auth: Auth
  /** Who is signed in, from a request's headers (server/auth/session.ts). */
  readSession: ReadSession
  /** Wraps every document and case key (envelope encryption). */
  masterKey: Buffer
  /** Encrypted document objects (filesystem or S3-compatible). */
  storage: DocumentStorage
  /** Listing changes announced by any instance (ADR 0056): the page cache purges on each. */
  listingChanges: ListingChanges
  startedAt: Date
  stop(): Promise<void>
}

// The production server starts the runtime before it listens; route modules
// inside the built bundle (or Vite's dev graph) find the same instance here.
const KEY = Symbol.for('waypoint.runtime')
type Holder = { [KEY]?: Promise<Runtime> }
const holder = globalThis as Holder

export function getRuntime(): Promise<Runtime> {
  holder[KEY] ??= startRuntime(readConfig())
  return holder[KEY]
}

export function setRuntime(runtime: Promise<Runtime>): void {
  holder[KEY] = runtime
}

export async function startRuntime(
  config: Config,
  logger = createLogger(config.LOG_LEVEL),
): Promise<Runtime> {
  const secrets = loadInstanceSecrets(config)
  const database = config.DATABASE_URL
    ? await openPostgres(config.DATABASE_URL, config.DB_OPEN_TIMEOUT_MS, config.DB_POOL_MAX)
    : await openPglite(config.DATA_DIR, config.DB_OPEN_TIMEOUT_MS)
  try {
    await migrateDatabase(database)
    // Reference data from content/ is inserted when missing, never overwritten (ADR 0028).
    await seedReferenceData(database.db)
    const mailer = createMailer(database.db, { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM })
    const storage = createDocumentStorage(config)
    const jobs = await startJobs(
      database,
      { databaseUrl: config.DATABASE_URL, schema: config.JOBS_SCHEMA },
      mailer,
      logger,
      {
        sweepDocuments: () => sweepOrphanDocuments({ db: database.db, storage }, new Date()),
        // Called by the hourly job, long after `jobs` below exists.
        coordinatorDigest: () =>
          sendDailyDigests({
            db: database.db,
            clock: systemClock,
            keys: { master: secrets.masterKey },
            notify: { publicUrl: config.publicUrl, email: (request) => jobs.sendEmail(request) },
          }),
        // Search rows are rebuilt and every instance's public pages purged inside (ADR 0056).
        judgeOffers: (scope) => judgeOffers(database.db, scope, new Date()),
        credentialExpiry: () =>
          runCredentialExpiry({
            db: database.db,
            clock: systemClock,
            notify: { publicUrl: config.publicUrl, email: (request) => jobs.sendEmail(request) },
          }),
        importTrials: (batchId) => runTrialImport({ db: database.db, clock: systemClock }, batchId),
        expireQuotes: () =>
          expireLapsedQuotes({
            db: database.db,
            clock: systemClock,
            keys: { master: secrets.masterKey },
            notify: { publicUrl: config.publicUrl, email: (request) => jobs.sendEmail(request) },
            // A lapsed quote ends its referral, and with it the clinic's calls still to come.
            meetings: { provider: config.meeting, random: randomBytes, organizer: config.MAIL_FROM },
          }),
        followUpRemind: ({ caseIds, at }) =>
          sendFollowUpReminders(
            {
              db: database.db,
              clock: at ? { now: () => new Date(at) } : systemClock,
              keys: { master: secrets.masterKey },
              notify: { publicUrl: config.publicUrl, email: (request) => jobs.sendEmail(request) },
            },
            caseIds,
          ),
        escalateAdverseEvents: (caseIds) =>
          escalateAdverseEvents(
            {
              db: database.db,
              clock: systemClock,
              notify: { publicUrl: config.publicUrl, email: (request) => jobs.sendEmail(request) },
            },
            caseIds,
          ),
        // Every instance's cached public pages are purged inside (ADR 0056, ADR 0067).
        refreshOutcomes: (providerIds) =>
          refreshOutcomeFigures(
            { db: database.db, clock: systemClock, keys: { master: secrets.masterKey } },
            { providerIds },
          ),
      },
    )
    const auth = createAuth({
      db: database.db,
      secret: secrets.authSecret,
      publicUrl: config.publicUrl,
      production: config.NODE_ENV === 'production',
      sendEmail: (request) => jobs.sendEmail(request),
    })
    if (config.SEED_DEMO === 'auto' && config.embedded) {
      await seedDemoDataOnce({
        vault: { masterKey: secrets.masterKey, storage },
        db: database.db,
        auth,
        logger,
        printCredentials: config.NODE_ENV === 'development',
      })
    }
    const listingChanges = await listenForListingChanges(database, {
      databaseUrl: config.DATABASE_URL,
      logger,
      connectTimeoutMs: config.DB_OPEN_TIMEOUT_MS,
    })
    let stopping: Promise<void> | undefined
    return {
      config,
      logger,
      database,
      mailer,
      jobs,
      auth,
      readSession: sessionReader({
        db: database.db,
        secret: secrets.authSecret,
        production: config.NODE_ENV === 'production',
      }),
      masterKey: secrets.masterKey,
      storage,
      listingChanges,
      startedAt: new Date(),
      stop() {
        stopping ??= (async () => {
          await listingChanges.stop()
          await jobs
            .stop()
            .catch((e: unknown) => logger.warn({ err: String(e) }, 'job queue did not stop cleanly'))
          await database.close()
        })()
        return stopping
      },
    }
  } catch (error) {
    await database.close().catch(() => {})
    throw error
  }
}
