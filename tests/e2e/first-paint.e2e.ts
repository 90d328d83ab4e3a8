import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 14, item 6: every page is whole without JavaScript, so its scripts
// must not compete with its first paint. Chromium fetched them at high
// priority, and Lighthouse counted them as holding back the first paint
// (FCP ~2.3 s against 0.6 s for a minimal page, bench/lighthouse.ts).
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
    test(`${path}: scripts are fetched at low priority, and the page still comes alive`, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      const priorities = new Map<string, string>()
      cdp.on('Network.requestWillBeSent', (e) => {
        if (e.type === 'Script') priorities.set(new URL(e.request.url).pathname, e.request.initialPriority)
      })
      await cdp.send('Network.enable')
      await page.goto(app.url + path)
      await page.waitForLoadState('networkidle')
      expect(priorities.size).toBeGreaterThan(3)
      expect(Object.fromEntries([...priorities].filter(([, p]) => p !== 'Low'))).toEqual({})

      // Hydrated: a link is followed without loading a new document.
      await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
      await page.locator('.section-nav a[href="/how-we-rank"], a[href="/providers"]').first().click()
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true)
      await context.close()
    })
})
