import type { AddressInfo } from 'node:net'
import { eq, sql } from 'drizzle-orm'
import express from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  aListedKoreanCellOffer,
  removeListedOffers,
  withdrawKoreanCellApproval,
  type ListedCellOffer,
} from '#tests/fixtures/listed-cell-offer.ts'
import { engineUnderTest, eventually, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { rowsOf } from '../db/rows.ts'
import { offer, providerListing } from '../db/schema/catalogue.ts'
import { PAGE_CACHE_HEADER, pageCache } from '../http/page-cache.ts'
import type { Runtime } from '../runtime.ts'
import { providerSearchPage } from '../use-cases/catalogue/provider-search.ts'
import { getProviderProfile } from '../use-cases/catalogue/public-catalogue.ts'
import { forgetSearchVocabulary, loadSearchVocabulary } from '../use-cases/catalogue/search-vocabulary.ts'
import { LISTENER_APPLICATION_NAME } from './listing-change-listener.ts'
import { LISTING_CHANGED_CHANNEL, publishListingChange } from './listing-changed.ts'

// ADR 0056: a change one instance makes to the listings empties every
// instance's page cache. On the server engine these are two runtimes on one
// database, each with its own listening connection; PGlite is one process, so
// there the instance that changes the listing is the one that serves it.
type TestRuntime = Awaited<ReturnType<typeof startTestRuntime>>
let a: TestRuntime
let b: TestRuntime
const servers: { close(): void }[] = []
const now = new Date()
const made: ListedCellOffer[] = []
const aListedOffer = async () => {
  const listed = await aListedKoreanCellOffer(a.database.db, now)
  made.push(listed)
  return listed
}

beforeAll(async () => {
  a = await startTestRuntime()
  b = engineUnderTest === 'postgres' ? await startTestRuntime() : a
})
afterAll(async () => {
  for (const s of servers) s.close()
  if (a) await removeListedOffers(a.database.db, made)
  await a?.cleanup()
  if (b !== a) await b?.cleanup()
})

/**
 * An instance's public profile page behind its page cache, wired as the app
 * wires it (server/http/app.ts): the real cache, purged by the runtime's
 * listing changes, in front of the real profile read.
 */
async function serveProfiles(rt: Runtime): Promise<string> {
  const app = express()
  const cache = pageCache({ seconds: 60, maxBytes: 1024 * 1024 })
  rt.listingChanges.subscribe(() => cache.purge())
  app.use(cache)
  app.get('/providers/:slug', async (req, res) => {
    const profile = await getProviderProfile(rt, req.params.slug)
    if (!profile) return void res.status(404).send('not found')
    res.setHeader(PAGE_CACHE_HEADER, 'public')
    res.type('html').send(`<h1>${profile.provider.name}</h1>${profile.offers.map((o) => o.id).join(' ')}`)
  })
  const server = app.listen(0, '127.0.0.1')
  servers.push(server)
  await new Promise((r) => server.once('listening', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const visit = async (url: string) => {
  const res = await fetch(url)
  return { status: res.status, cache: res.headers.get('x-waypoint-cache'), body: await res.text() }
}

const listingOf = (rt: Runtime, providerId: string) =>
  rt.database.db.select().from(providerListing).where(eq(providerListing.providerId, providerId))

describe(`listing changes reach every instance, on ${engineUnderTest}`, () => {
  test('a page cached on instance B is purged when instance A blocks its offer', async () => {
    const listed = await aListedOffer()
    const onA = `${await serveProfiles(a)}/providers/${listed.slug}`
    const onB = `${await serveProfiles(b)}/providers/${listed.slug}`
    for (const url of [onA, onB]) {
      expect(await visit(url)).toMatchObject({ status: 200, cache: 'miss' })
      const cached = await visit(url)
      expect(cached).toMatchObject({ status: 200, cache: 'hit' })
      expect(cached.body).toContain(listed.offerId)
    }
    expect(await listingOf(b, listed.providerId)).toHaveLength(1)

    const restore = await withdrawKoreanCellApproval(a.database.db, now)
    try {
      // The search index follows before the change returns: no wait at all.
      expect(await listingOf(b, listed.providerId)).toHaveLength(0)
      const [row] = await b.database.db.select().from(offer).where(eq(offer.id, listed.offerId))
      expect(row!.verdict).toBe('blocked')
      // The pages follow within moments, on both instances, without waiting for the cache to expire.
      for (const url of [onB, onA]) {
        const after = await eventually(async () => {
          const v = await visit(url)
          return v.cache !== 'hit' ? v : null
        }, 5_000)
        expect(after.status).toBe(404)
        expect(after.body).not.toContain(listed.offerId)
      }
    } finally {
      await restore()
    }
    // And back: the approval restored, the offer is public again everywhere.
    expect(await listingOf(b, listed.providerId)).toHaveLength(1)
    const again = await eventually(async () => {
      const v = await visit(onB)
      return v.status === 200 ? v : null
    }, 5_000)
    expect(again.body).toContain(listed.offerId)
  })

  const foundBy = (rt: Runtime, listed: ListedCellOffer) => async () =>
    (await providerSearchPage(rt, new URLSearchParams({ q: listed.name }))).hits.some(
      (h) => h.id === listed.providerId,
    )
  /** What another process's publishListingChange does: the row goes, then the notice. */
  const withdrawnElsewhere = async (listed: ListedCellOffer) => {
    await a.database.db.execute(sql`delete from provider_listing where provider_id = ${listed.providerId}`)
    await a.database.db.execute(sql`select pg_notify(${LISTING_CHANGED_CHANNEL}, '{"providers":1}')`)
  }

  test('a withheld offer leaves the search of the instance that withheld it at once', async () => {
    const listed = await aListedOffer()
    const found = foundBy(a, listed)
    await eventually(async () => ((await found()) ? true : null), 5_000)
    const restore = await withdrawKoreanCellApproval(a.database.db, now)
    try {
      // No wait for the notice: its next search reads the listings again.
      expect(await found()).toBe(false)
    } finally {
      await restore()
    }
    expect(await found()).toBe(true)
  })

  test('a listing withdrawn by another process leaves every instance’s search when its notice arrives', async () => {
    const listed = await aListedOffer()
    const found = foundBy(b, listed)
    await eventually(async () => ((await found()) ? true : null), 5_000)
    await withdrawnElsewhere(listed)
    await eventually(async () => ((await found()) ? null : true), 5_000)
    await publishListingChange(a.database.db, [listed.providerId])
    expect(await found()).toBe(true)
  })

  test.runIf(engineUnderTest === 'postgres')(
    'a load of the listings that began before a change notice never answers after it',
    async () => {
      const nextNotice = () =>
        new Promise<void>((resolve) => {
          const stop = b.listingChanges.subscribe(() => {
            stop()
            resolve()
          })
        })
      // The offer's own notice is heard first, so the one awaited below is the withdrawal's.
      const published = nextNotice()
      const listed = await aListedOffer()
      await published
      const has = (v: Awaited<ReturnType<typeof loadSearchVocabulary>>) =>
        v.listings.rows.some((r) => r.providerId === listed.providerId)
      expect(has(await loadSearchVocabulary(b))).toBe(true)
      // B begins a load whose exchange-rate read waits behind a lock, so it
      // reads the listings before they change and finishes after the notice.
      let release = () => {}
      const held = new Promise<void>((r) => (release = r))
      const locked = new Promise<void>((r) => {
        void a.database.db.transaction(async (tx) => {
          await tx.execute(sql`lock table exchange_rate in access exclusive mode`)
          r()
          await held
        })
      })
      await locked
      const heard = nextNotice()
      // Its minute run out, B answers from what it has and reloads behind the lock…
      expect(has(await loadSearchVocabulary(b, Date.now() + 120_000))).toBe(true)
      // …and a search on a cold cache waits for a load held the same way.
      forgetSearchVocabulary()
      const started = loadSearchVocabulary(b)
      await new Promise((r) => setTimeout(r, 300))
      await withdrawnElsewhere(listed)
      await heard
      release()
      try {
        expect(has(await started)).toBe(false)
        // Neither load that read the old rows is kept.
        expect(has(await loadSearchVocabulary(b, Date.now() + 120_000))).toBe(false)
        await new Promise((r) => setTimeout(r, 300))
        expect(has(await loadSearchVocabulary(b))).toBe(false)
      } finally {
        await publishListingChange(a.database.db, [listed.providerId])
      }
    },
  )

  test('a page being rendered while the purge arrives is not stored', async () => {
    const cache = pageCache({ seconds: 60, maxBytes: 1024 * 1024 })
    b.listingChanges.subscribe(() => cache.purge())
    const app = express()
    app.use(cache)
    let version = 'old'
    let hasRead = () => {}
    const readDone = new Promise<void>((r) => (hasRead = r))
    app.get('/slow', async (_req, res) => {
      const read = version // read before the change commits…
      hasRead()
      await new Promise((r) => setTimeout(r, 300))
      res.setHeader(PAGE_CACHE_HEADER, 'public')
      res.send(read) // …sent after its purge arrived
    })
    const server = app.listen(0, '127.0.0.1')
    servers.push(server)
    await new Promise((r) => server.once('listening', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`
    const slow = visit(url)
    // A fixed wait here lost the race on a busy machine: wait for the read itself.
    await readDone
    version = 'new'
    await publishListingChange(a.database.db, [])
    expect((await slow).body).toBe('old')
    // Had the stale page been stored, this would be a hit saying "old".
    const next = await eventually(async () => {
      const v = await visit(url)
      return v.body === 'new' ? v : null
    }, 5_000)
    expect(next.cache).toBe('miss')
  })

  test.runIf(engineUnderTest === 'postgres')(
    'the listening connection comes back after the server drops it, and purges on the way',
    async () => {
      const listed = await aListedOffer()
      const onB = `${await serveProfiles(b)}/providers/${listed.slug}`
      // A notice from publishing the offer may still be on its way: wait for a
      // stored page rather than assume the second visit is one.
      await eventually(async () => ((await visit(onB)).cache === 'hit' ? true : null), 5_000)
      const listeners = sql`select pid from pg_stat_activity
        where application_name = ${LISTENER_APPLICATION_NAME} and datname = current_database()`
      const before = rowsOf(await b.database.db.execute(listeners))
      // One listening connection per instance.
      expect(before.length).toBeGreaterThanOrEqual(2)
      await b.database.db.execute(sql`select pg_terminate_backend(pid) from (${listeners}) l`)
      // Notices sent while nobody listened are lost, so coming back purges.
      await eventually(async () => ((await visit(onB)).cache === 'miss' ? true : null), 10_000)
      expect((await visit(onB)).cache).toBe('hit')
      // And the new connection hears the next change.
      await publishListingChange(a.database.db, [listed.providerId])
      await eventually(async () => ((await visit(onB)).cache === 'miss' ? true : null), 5_000)
    },
  )
})
