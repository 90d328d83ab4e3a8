import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'

// Issue 14, item 3: the search button's label never breaks inside a word,
// at any width and in every language; the layout wraps as a whole instead.
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

/** How many lines the button's label takes as rendered. */
function labelLines(page: Page): Promise<number> {
  return page.locator('.search-bar button[type="submit"]').evaluate((button) => {
    const range = document.createRange()
    range.selectNodeContents(button)
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
    return tops.size
  })
}

describe('the search button', () => {
  for (const [locale, label] of [
    ['en', 'Search'],
    ['ar', 'بحث'],
    ['fr', 'Rechercher'],
  ] as const)
    for (const width of [320, 360, 1024])
      test(`keeps its label on one line at ${width} px in ${locale}`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 700 }, locale })
        const page = await context.newPage()
        await page.goto(app.url + '/providers')
        const button = page.locator('.search-bar button[type="submit"]')
        expect((await button.innerText()).trim()).toBe(label)
        expect(await labelLines(page)).toBe(1)
        // The box and the button both stay inside the page: nothing scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        await context.close()
      })
})
