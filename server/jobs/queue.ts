import { PgBoss, fromPglite, type JobResult } from 'pg-boss'
import type { Database } from '../db/client.ts'
import type { Logger } from '../logger.ts'
import type { Mailer } from '../mail/mailer.ts'
import type { EmailRequest } from '../mail/templates.ts'
import type { JudgeScope, VerdictChange } from '../use-cases/catalogue/judge-offers.ts'

// Jobs live in PostgreSQL (pg-boss), so they survive restarts and run once
// across several app instances. Email is the first queue.
export const queues = {
  sendEmail: 'email.send',
  sweepDocuments: 'documents.sweep',
  coordinatorDigest: 'coordinator.digest',
  judgeOffers: 'offers.judge',
  credentialExpiry: 'credential.expiry',
  importTrials: 'trials.import',
  expireQuotes: 'quotes.expire',
  followUpRemind: 'followup.remind',
  refreshOutcomes: 'outcomes.refresh',
  escalateAdverseEvents: 'adverse-events.escalate',
} as const

/**
 * A run of the follow-up reminders. The hourly schedule sends none of these
 * (now, every case); a test, or an operator replaying an hour the job missed,
 * may name the cases and the instant the run decides at.
 */
export type FollowUpRun = { caseIds?: string[]; at?: string }

export type Jobs = {
  boss: PgBoss
  sendEmail(request: EmailRequest): Promise<void>
  /** Queues the offers a rule or evidence revision may move to be judged again (ADR 0058). */
  judgeOffers(scope: JudgeScope): Promise<string | null>
  /** Queues a trial import batch (server/use-cases/trials/import-trials.ts); throws when this runtime has no importer. */
  importTrials(batchId: string): Promise<void>
  /** Queues a follow-up reminder run; `startAfter` seconds delay it (the queue keeps it across restarts). */
  remindFollowUps(run: FollowUpRun, startAfter?: number): Promise<string | null>
  /** Queues a refresh of the outcome registry, of these providers only when given (ADR 0067). */
  refreshOutcomes(providerIds?: readonly string[]): Promise<string | null>
  ping(): Promise<void>
  stop(): Promise<void>
}

/**
 * The embedded database is opened by one process only, so a job still active
 * when it starts was taken by a process that was killed or crashed before it
 * settled it. Failing it now lets its retries run at once; left alone it would
 * wait for its expiry (15 minutes), and an email acknowledged to its sender
 * would be that late. A server database is shared by live instances, whose
 * active jobs these could be: there the emails' heartbeat decides (startJobs).
 */
async function retryOrphanedJobs(
  pglite: Extract<Database, { engine: 'pglite' }>['pglite'],
  boss: PgBoss,
  schema: string,
  logger: Logger,
): Promise<void> {
  const { rows } = await pglite.query<{ name: string; ids: string[] }>(
    `select name, array_agg(id) as ids from "${schema}".job where state = 'active' group by name`,
  )
  for (const { name, ids } of rows) {
    await boss.fail(name, ids, { message: 'the process working it stopped' })
    logger.warn({ queue: name, jobs: ids.length }, 'jobs left active by a stopped process are retried')
  }
}

export async function startJobs(
  database: Database,
  options: { databaseUrl: string | undefined; schema: string },
  mailer: Mailer,
  logger: Logger,
  tasks: {
    sweepDocuments?: () => Promise<{ rowsRemoved: number; objectsRemoved: number }>
    coordinatorDigest?: () => Promise<{ sent: number }>
    judgeOffers?: (scope: JudgeScope) => Promise<{ judged: number; changed: VerdictChange[] }>
    credentialExpiry?: () => Promise<{ reminded: number; expired: number }>
    importTrials?: (batchId: string) => Promise<{ done: number; files: number } | null>
    expireQuotes?: () => Promise<{ expired: number; skipped: number }>
    followUpRemind?: (run: FollowUpRun) => Promise<{ reminded: number; missed: number }>
    refreshOutcomes?: (providerIds?: readonly string[]) => Promise<{ cohorts: number; shown: number }>
    escalateAdverseEvents?: (caseIds?: readonly string[]) => Promise<{ toAssigned: number; toAll: number }>
  } = {},
): Promise<Jobs> {
  const boss =
    database.engine === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', schema: options.schema })
      : // The queue monitor every 10 s, not every minute: it is what retries a job whose heartbeat stopped.
        new PgBoss({
          connectionString: options.databaseUrl,
          max: 4,
          schema: options.schema,
          superviseIntervalSeconds: 10,
          monitorIntervalSeconds: 10,
        })
  boss.on('error', (error: Error) => logger.error({ err: { message: error.message } }, 'job queue error'))
  await boss.start()
  if (database.engine === 'pglite') await retryOrphanedJobs(database.pglite, boss, options.schema, logger)
  await boss.createQueue(queues.sendEmail, { retryLimit: 5, retryDelay: 5, retryBackoff: true })
  // On the server several processes share the queue, so none may retry another's
  // active jobs at start, as PGlite's one process does above. A process killed while
  // sending left its emails active for pg-boss's 15-minute expiry: with a 20 s
  // heartbeat (refreshed every 5 s) and the monitor every 10 s, they are retried
  // within about 40 s (updateQueue, since createQueue leaves a queue that exists
  // as it was). A live process whose refreshes all failed for 20 s finds its
  // jobs' signals aborted, and sends none of those it has not begun.
  if (database.engine !== 'pglite') await boss.updateQueue(queues.sendEmail, { heartbeatSeconds: 20 })
  // One job a fetch with a pause between fetches sent two emails a second:
  // a submitted case, which tells every coordinator, queued behind itself.
  // Batches are fetched back to back while they come back full, and each
  // email is settled on its own, so one that fails is the only one retried.
  await boss.work<EmailRequest>(
    queues.sendEmail,
    {
      pollingIntervalSeconds: 0.5,
      batchSize: 10,
      burstWhenBatchFull: true,
      perJobResults: true,
      heartbeatRefreshSeconds: 5,
    },
    async (jobs) => {
      const results: JobResult[] = []
      for (const job of jobs) {
        // Its heartbeat was missed and the job handed back to the queue: another process sends it.
        if (job.signal.aborted) {
          results.push({ id: job.id, status: 'failed' })
          continue
        }
        try {
          await mailer.deliver(job.data, job.id)
          logger.info({ jobId: job.id, template: job.data.template }, 'email delivered')
          results.push({ id: job.id, status: 'completed' })
        } catch {
          // The error is not logged: a mail server's answer can name the recipient.
          logger.warn({ jobId: job.id, template: job.data.template }, 'email not delivered, to be retried')
          results.push({ id: job.id, status: 'failed' })
        }
      }
      return results
    },
  )
  // Uploads that died (a crash, a lost connection) leave a pending row or an
  // unreferenced object; the sweeper removes them every hour, once across all instances.
  const sweep = tasks.sweepDocuments
  if (sweep) {
    await boss.createQueue(queues.sweepDocuments, { retryLimit: 2 })
    await boss.schedule(queues.sweepDocuments, '17 * * * *')
    await boss.work(queues.sweepDocuments, async () => {
      const swept = await sweep()
      logger.info(swept, 'orphan documents swept')
    })
  }
  // Each coordinator's digest goes in their own morning: the job runs every
  // hour and sends to those whose 08:00 has come (domain/cases/daily-digest.ts).
  const digest = tasks.coordinatorDigest
  if (digest) {
    await boss.createQueue(queues.coordinatorDigest, { retryLimit: 2 })
    await boss.schedule(queues.coordinatorDigest, '5 * * * *')
    await boss.work(queues.coordinatorDigest, async () => {
      logger.info(await digest(), 'coordinator digests sent')
    })
  }
  // A revised rule or evidence record: its offers judged again under the new
  // version. Judging compares with what is stored under a row lock, so a
  // retry or a second delivery changes nothing twice. The queue exists even
  // where no worker runs, so a revision can always be queued.
  await boss.createQueue(queues.judgeOffers, { retryLimit: 5, retryDelay: 10, retryBackoff: true })
  const judge = tasks.judgeOffers
  if (judge) {
    await boss.work<JudgeScope>(queues.judgeOffers, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      const { judged, changed } = await judge(job!.data)
      // Ids and verdicts only: nothing here says who a patient is.
      logger.info({ jobId: job!.id, judged, changed: changed.length }, 'offers judged again')
    })
  }
  // Credentials lapse at the end of their last day in the clinic's own zone,
  // so the expiry job asks every hour; each reminder and each expiry is
  // claimed once in the database (ADR 0057), so the other runs change nothing.
  const expiry = tasks.credentialExpiry
  if (expiry) {
    await boss.createQueue(queues.credentialExpiry, { retryLimit: 2 })
    await boss.schedule(queues.credentialExpiry, '12 * * * *')
    await boss.work(queues.credentialExpiry, async () => {
      logger.info(await expiry(), 'credential expiry checked')
    })
  }
  // A trial import runs from its batch's cursor: a retry after a crash
  // carries on where the failed attempt stopped (ADR 0055).
  const importTrials = tasks.importTrials
  if (importTrials) {
    await boss.createQueue(queues.importTrials, { retryLimit: 3, retryDelay: 30 })
    await boss.work<{ batchId: string }>(queues.importTrials, async ([job]) => {
      const summary = await importTrials(job!.data.batchId)
      logger.info({ jobId: job!.id, done: summary?.done, files: summary?.files }, 'trial import ran')
    })
  }
  // A quote lapses when its last valid day ends where the clinic is, and
  // clinics' midnights fall at every hour of the UTC day: the job runs hourly
  // so each quote expires within the hour its clinic's day ends, once a day
  // per clinic (ADR 0060). Counts only in the log.
  const expire = tasks.expireQuotes
  if (expire) {
    await boss.createQueue(queues.expireQuotes, { retryLimit: 2 })
    await boss.schedule(queues.expireQuotes, '2 * * * *')
    await boss.work(queues.expireQuotes, async () => {
      logger.info(await expire(), 'lapsed quotes expired')
    })
  }
  // Follow-up reminders go in the family's own day, and days begin at every
  // hour somewhere: hourly, like the quote expiry. Each reminder is claimed
  // once in the database (ADR 0065), so repeated or parallel runs send nothing twice.
  const remind = tasks.followUpRemind
  await boss.createQueue(queues.followUpRemind, { retryLimit: 2 })
  if (remind) {
    await boss.schedule(queues.followUpRemind, '8 * * * *')
    await boss.work<FollowUpRun>(queues.followUpRemind, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      logger.info({ jobId: job!.id, ...(await remind(job!.data ?? {})) }, 'follow-up reminders sent')
    })
  }
  // The outcome registry's figures, once a day (ADR 0067): the milestones
  // are counted in days, so a daily run is as fresh as the figures can be.
  // The queue exists even where no worker runs, so a refresh can be queued.
  // Counts only in the log.
  await boss.createQueue(queues.refreshOutcomes, { retryLimit: 2, retryDelay: 60 })
  const refreshOutcomes = tasks.refreshOutcomes
  if (refreshOutcomes) {
    await boss.schedule(queues.refreshOutcomes, '23 3 * * *')
    await boss.work<{ providerIds?: string[] }>(
      queues.refreshOutcomes,
      { pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        logger.info(
          { jobId: job!.id, ...(await refreshOutcomes(job!.data?.providerIds)) },
          'outcomes refreshed',
        )
      },
    )
  }
  // A serious adverse event left unresolved and without news escalates after
  // a day, then three (ADR 0069): hourly, each stage claimed once in the
  // database, so a late or repeated run sends nothing twice. A job may name
  // its cases (tests, a coordinator's "check now"); the schedule names none.
  const escalate = tasks.escalateAdverseEvents
  if (escalate) {
    await boss.createQueue(queues.escalateAdverseEvents, { retryLimit: 2 })
    await boss.schedule(queues.escalateAdverseEvents, '22 * * * *')
    await boss.work<{ caseIds?: string[] } | null>(queues.escalateAdverseEvents, async ([job]) => {
      logger.info(await escalate(job?.data?.caseIds), 'unresolved serious adverse events escalated')
    })
  }
  return {
    boss,
    async sendEmail(request) {
      await boss.send(queues.sendEmail, request)
    },
    async judgeOffers(scope) {
      return boss.send(queues.judgeOffers, scope)
    },
    async importTrials(batchId) {
      if (!importTrials) throw new Error('This runtime does not import trials')
      await boss.send(queues.importTrials, { batchId }, { singletonKey: batchId })
    },
    async remindFollowUps(run, startAfter) {
      return boss.send(queues.followUpRemind, run, startAfter ? { startAfter } : {})
    },
    async refreshOutcomes(providerIds) {
      return boss.send(queues.refreshOutcomes, providerIds ? { providerIds: [...providerIds] } : {})
    },
    async ping() {
      await boss.getQueueStats(queues.sendEmail)
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 })
    },
  }
}
