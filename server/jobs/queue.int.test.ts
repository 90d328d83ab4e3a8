import { eq, inArray } from 'drizzle-orm'
import { PgBoss, fromPglite } from 'pg-boss'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { engineUnderTest, startTestRuntime, uniqueEmail } from '#tests/setup/test-runtime.ts'
import { outboxEmail } from '../db/schema/app.ts'
import { queues, startJobs } from './queue.ts'

let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
})
afterAll(async () => {
  await rt?.cleanup()
})

describe(`the email queue on ${engineUnderTest}`, () => {
  // A submitted case tells every coordinator at once. One email a fetch, with
  // half a second between fetches, took 20 s for forty.
  test('forty emails queued at once are all delivered within a few seconds, each once', async () => {
    const to = Array.from({ length: 40 }, (_, i) => uniqueEmail(`burst-${i}`))
    const started = Date.now()
    await Promise.all(
      to.map((address) =>
        rt.jobs.sendEmail({
          template: 'verify-email',
          to: address,
          locale: 'en',
          params: { url: 'https://x.test/v' },
        }),
      ),
    )
    const delivered = async () =>
      (await rt.database.db.select().from(outboxEmail).where(inArray(outboxEmail.to, to))).length
    await expect.poll(delivered, { timeout: 8_000, interval: 100 }).toBe(40)
    expect(Date.now() - started).toBeLessThan(8_000)
    expect(await delivered()).toBe(40)
  })
})

describe.runIf(engineUnderTest === 'pglite')(
  'the email queue after a crash, on the embedded database',
  () => {
    // A process killed between taking an email and settling it left the job
    // active: the email went out when the job expired, 15 minutes later.
    test('an email taken by a process that died is delivered soon after the next start', async () => {
      if (rt.database.engine !== 'pglite') throw new Error('embedded database expected')
      const to = uniqueEmail('orphaned')
      await rt.jobs.stop()
      // The process that dies: it takes the job and never settles it.
      const dying = new PgBoss({
        db: fromPglite(rt.database.pglite),
        backend: 'pglite',
        schema: rt.config.JOBS_SCHEMA,
      })
      await dying.start()
      await dying.send(queues.sendEmail, {
        template: 'verify-email',
        to,
        locale: 'en',
        params: { url: 'https://x.test/v' },
      })
      const [taken] = await dying.fetch(queues.sendEmail)
      expect(taken?.data).toMatchObject({ to })
      await dying.stop({ graceful: false })

      // The next start, on the same data; stopped here, as the runtime stops only the queue it began with.
      const restarted = await startJobs(
        rt.database,
        { databaseUrl: undefined, schema: rt.config.JOBS_SCHEMA },
        rt.mailer,
        rt.logger,
      )
      const delivered = async () =>
        (await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.to, to))).length
      try {
        await expect.poll(delivered, { timeout: 30_000, interval: 250 }).toBe(1)
      } finally {
        await restarted.stop()
      }
    }, 60_000)
  },
)
