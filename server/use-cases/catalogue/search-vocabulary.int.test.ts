import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { aSubmittedClinic } from '#tests/fixtures/review-builders.ts'
import { engineUnderTest, eventually, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { publishListingChange } from '../../catalogue/listing-changed.ts'
import { provider } from '../../db/schema/app.ts'
import { accreditation } from '../../db/schema/catalogue.ts'
import { loadSearchVocabulary } from './search-vocabulary.ts'

// ADR 0070: the search vocabulary (filters' choices, spelling words) is
// cached per instance for a minute; a listing change made on one instance
// drops it on every instance, as it drops their public pages (ADR 0056). On
// the server engine these are two runtimes on one database, each with its own
// listening connection; PGlite is one process, so there it is one runtime.
type TestRuntime = Awaited<ReturnType<typeof startTestRuntime>>
let a: TestRuntime
let b: TestRuntime
const made: string[] = []

beforeAll(async () => {
  a = await startTestRuntime()
  b = engineUnderTest === 'postgres' ? await startTestRuntime() : a
})
afterAll(async () => {
  for (const id of made) await a.database.db.delete(provider).where(eq(provider.id, id))
  await a?.cleanup()
  if (b !== a) await b?.cleanup()
})

describe(`the search vocabulary follows listing changes on every instance, on ${engineUnderTest}`, () => {
  test('a new accreditor reaches the other instance’s filters when the change is announced, not a minute later', async () => {
    const clinic = await aSubmittedClinic(a, 'approved')
    made.push(clinic.id)
    const accreditor = `Test Accreditor ${randomUUID().slice(0, 8)}`
    // B has read (and cached) the vocabulary before the change.
    expect((await loadSearchVocabulary(b)).accreditors).not.toContain(accreditor)

    await a.database.db.insert(accreditation).values({
      id: randomUUID(),
      providerId: clinic.id,
      accreditor,
      reference: 'TA-1',
      validFrom: '2025-01-01',
      validTo: '2029-01-01',
      verification: 'verified',
    })
    // Committed but not announced: B still serves its cached words.
    expect((await loadSearchVocabulary(b)).accreditors).not.toContain(accreditor)

    await publishListingChange(a.database.db, [clinic.id])
    const fresh = await eventually(async () => {
      const v = await loadSearchVocabulary(b)
      return v.accreditors.includes(accreditor) ? v : null
    }, 5_000)
    expect(fresh.accreditors).toContain(accreditor)
  })

  test('when only the minute runs out, searches keep what they have while the next one loads', async () => {
    const clinic = await aSubmittedClinic(a, 'approved')
    made.push(clinic.id)
    const before = await loadSearchVocabulary(a)
    const accreditor = `Quiet Accreditor ${randomUUID().slice(0, 8)}`
    await a.database.db.insert(accreditation).values({
      id: randomUUID(),
      providerId: clinic.id,
      accreditor,
      reference: 'QA-1',
      validFrom: '2025-01-01',
      validTo: '2029-01-01',
      verification: 'verified',
    })
    const aMinuteLater = Date.now() + 61_000
    // Nothing was announced: the expired vocabulary answers at once, not after a reload…
    expect(await loadSearchVocabulary(a, aMinuteLater)).toBe(before)
    // …and the one read behind it takes over when it is ready.
    const next = await eventually(async () => {
      const v = await loadSearchVocabulary(a, aMinuteLater)
      return v.accreditors.includes(accreditor) ? v : null
    }, 5_000)
    expect(next).not.toBe(before)
  })
})
