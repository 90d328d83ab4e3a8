import { inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { engineUnderTest, startTestRuntime, uniqueEmail } from '#tests/setup/test-runtime.ts'
import { outboxEmail } from '../db/schema/app.ts'

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
