import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openPostgres, type Database } from '#server/db/client.ts'
import {
  aListedKoreanCellOffer,
  removeListedOffers,
  withdrawKoreanCellApproval,
  type ListedCellOffer,
} from '#tests/fixtures/listed-cell-offer.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { ownServerDatabase } from './support/own-server-database.ts'

// Issue 16, must show 5 (ADR 0056): two app processes on one PostgreSQL
// server serve the public pages from their caches; a rule change blocks an
// offer, and within seconds it is gone from search, profile, comparison and
// sitemap on both. The change is made by a third process on the same
// database (this test, with the reviewer's own function), so neither
// instance can have learnt of it except through the database's notice.
// Needs the server (TEST_DATABASE_URL), which CI always provides.
const url = await ownServerDatabase()
const secrets = {
  BETTER_AUTH_SECRET: 'listing-purge-secret-listing-purge-secret-1',
  MASTER_KEY: 'd'.repeat(64),
}
const now = new Date()

describe.runIf(Boolean(url))('a blocked offer leaves every public page on every instance', () => {
  let a: Awaited<ReturnType<typeof startApp>>
  let b: Awaited<ReturnType<typeof startApp>>
  let database: Database
  let browser: Browser
  let listed: ListedCellOffer | undefined
  let restore: (() => Promise<void>) | undefined

  beforeAll(async () => {
    a = await startApp({ env: { DATABASE_URL: url!, ...secrets } })
    b = await startApp({ env: { DATABASE_URL: url!, ...secrets } })
    database = await openPostgres(url!, 20_000, 2)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await restore?.()
    if (database && listed) await removeListedOffers(database.db, [listed])
    await database?.close()
    await browser?.close()
    await Promise.all([a?.stop(), b?.stop()])
  })

  const pages = (l: ListedCellOffer) => ({
    search: `/providers?country=KR&treatment=lenzumestrocel`,
    profile: `/providers/${l.slug}`,
    compare: `/compare?offer=${l.offerId}`,
    sitemap: '/sitemap.xml',
  })
  const get = async (base: string, path: string) => {
    const res = await fetch(base + path, { headers: { 'accept-language': 'en' } })
    return { status: res.status, cache: res.headers.get('x-waypoint-cache'), body: await res.text() }
  }
  /** What each public page says about the clinic, on one instance. */
  const shows = async (base: string, l: ListedCellOffer) => {
    const p = pages(l)
    const [search, profile, compare, sitemap] = await Promise.all(
      [p.search, p.profile, p.compare, p.sitemap].map((path) => get(base, path)),
    )
    return {
      search: search!.body.includes(l.name),
      profile: profile!.status === 200 && profile!.body.includes(l.name),
      compare: compare!.body.includes(l.name),
      sitemap: sitemap!.body.includes(`/providers/${l.slug}<`),
    }
  }

  test('warmed on both instances, then blocked: gone from search, profile, compare and sitemap on both', async () => {
    listed = await aListedKoreanCellOffer(database.db, now)
    const p = pages(listed)
    const everywhere = { search: true, profile: true, compare: true, sitemap: true }
    const nowhere = { search: false, profile: false, compare: false, sitemap: false }

    // Warm both caches: each cacheable page asked twice comes from memory the second time.
    // The listing's own notice (from the fixture) may reach an instance after its first
    // render on a busy machine and empty the cache once: warm again until it holds.
    for (const app of [a, b]) {
      let misses: string[] = []
      for (let attempt = 0; attempt < 5; attempt++) {
        expect(await shows(app.url, listed)).toEqual(everywhere)
        misses = []
        for (const path of [p.search, p.profile, p.compare]) {
          const again = await get(app.url, path)
          expect(again.body).toContain(listed.name)
          if (again.cache !== 'hit') misses.push(path)
        }
        if (misses.length === 0) break
        await new Promise((r) => setTimeout(r, 500))
      }
      expect(misses, `pages not served from memory on ${app.url}`).toEqual([])
    }

    // A visitor without JavaScript reads the profile on the second instance.
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(b.url + p.profile)
    expect(await page.locator('main').innerText()).toContain(listed.name)
    await expectNoAxeViolations(page, 'provider profile before the block')

    // South Korea withdraws the conditional approval: the offer is blocked.
    restore = await withdrawKoreanCellApproval(database.db, now)
    const blockedAt = Date.now()
    for (const app of [a, b]) {
      const until = Date.now() + 5_000
      let seen = await shows(app.url, listed)
      while (JSON.stringify(seen) !== JSON.stringify(nowhere) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100))
        seen = await shows(app.url, listed)
      }
      expect(seen, `public pages on ${app.url}`).toEqual(nowhere)
    }
    // No proxy in front may keep the old sitemap either.
    expect((await fetch(b.url + p.sitemap)).headers.get('cache-control')).toBe('no-cache')
    // Well inside the cache's own 30 seconds: the notice did it, not expiry.
    expect(Date.now() - blockedAt).toBeLessThan(10_000)
    expect((await get(b.url, p.profile)).status).toBe(404)

    // The same visitor, still without JavaScript, no longer finds the clinic on the second instance.
    await page.goto(b.url + p.search)
    expect(await page.locator('main').innerText()).not.toContain(listed.name)
    await expectNoAxeViolations(page, 'search after the block')
    await context.close()
  })
})
