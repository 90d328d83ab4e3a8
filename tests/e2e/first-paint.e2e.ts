import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 14, item 6: every page is whole without JavaScript, so its scripts
// must not compete with its first paint. Chromium fetched them at high
// priority before painting, and Lighthouse counted them as holding back the
// first and largest paints (FCP ~2.3 s against 0.6 s for a minimal page).
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const publicPages = [
  '/',
  '/conditions/als',
  '/providers?q=stem+cell+ALS+India',
  `/providers/${demoIds.providerSlug.lotusNeuro}`,
]

describe('first paint', () => {
  for (const path of publicPages)
    test(`${path}: scripts are asked for only after the first paint, and the page still comes alive`, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(app.url + path)
      await page.waitForLoadState('networkidle')
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => /\.js(\?|$)/.test(r.name))
          .map((r) => ({ url: new URL(r.name).pathname, start: r.startTime })),
      }))
      expect(timing.paint).not.toBeNull()
      expect(timing.scripts.length).toBeGreaterThan(3)
      expect(timing.scripts.filter((s) => s.start < timing.paint!)).toEqual([])

      // Hydrated: a link is followed without loading a new document.
      await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
      await page.locator('.section-nav a[href="/how-we-rank"], a[href="/providers"]').first().click()
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true)
      await context.close()
    })

  test('the stylesheet comes once, in the page: no script carries it, and it stays after the scripts run', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('response', async (r) => {
      if (/\.js(\?|$)/.test(new URL(r.url()).pathname)) scripts.push(await r.text())
    })
    await page.goto(app.url + '/')
    const sent = await page.evaluate(() => document.getElementById('app-styles')?.textContent ?? '')
    expect(sent).toContain('--colour-text')
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
    await page.locator('a[href="/providers"]').first().click()
    await page.waitForURL(/\/providers$/)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true)
    expect(await page.evaluate(() => document.getElementById('app-styles')?.textContent)).toBe(sent)
    expect(scripts.length).toBeGreaterThan(3)
    expect(scripts.filter((body) => body.includes('--colour-text'))).toEqual([])
    await context.close()
  })
})
