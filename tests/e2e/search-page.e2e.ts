import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { hydrated } from './support/hydrated.ts'
import { startApp } from './support/server.ts'

// Issue 14, item 5: on a phone the search results come before the filters,
// which fold behind a toggle; and the filters show what the words of a
// search were understood as.
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

const filters = (page: Page) =>
  page.evaluate(() => {
    const value = (id: string) => (document.getElementById(id) as HTMLSelectElement).value
    return { condition: value('condition'), treatment: value('treatment'), country: value('country') }
  })

for (const javaScriptEnabled of [true, false]) {
  describe(`the search page, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test('on a phone the results come first and the filters open from a toggle before them', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(app.url + '/providers?q=stem+cells+for+ALS+in+India')
      const top = (selector: string) =>
        page.locator(selector).evaluate((e) => e.getBoundingClientRect().top + window.scrollY)
      const results = await top('#results-title')
      // Within the first two screens, not after twelve fields.
      expect(results).toBeLessThan(2 * 640)
      expect(await page.locator('form.search-filters').isVisible()).toBe(false)
      const toggle = page.locator('.filters-toggle summary')
      expect(await top('.filters-toggle summary')).toBeLessThan(results)
      expect(await toggle.innerText()).toBe('Filter the results (3 filters on)')
      await expectNoAxeViolations(page, 'search results on a phone')

      await toggle.focus()
      await page.keyboard.press('Enter')
      expect(await page.locator('form.search-filters').isVisible()).toBe(true)
      expect(await top('form.search-filters')).toBeLessThan(await top('#results-title'))
      await page.getByLabel('Accreditation', { exact: true }).selectOption({ index: 1 })
      await page.getByRole('button', { name: 'Apply filters' }).click()
      await page.waitForURL(/accreditation=/)
      await page.locator('#results-title').waitFor()
      expect(new URL(page.url()).searchParams.get('q')).toBe('stem cells for ALS in India')
      await expectNoAxeViolations(page, 'search filters open on a phone')
      await context.close()
    })

    test('the filters show what a search’s words were understood as', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto(app.url + '/providers')
      // With JavaScript, the searches below are meant to happen without a page load.
      if (javaScriptEnabled) await hydrated(page)
      expect(await filters(page)).toEqual({ condition: '', treatment: '', country: '' })
      await page.getByLabel('Search', { exact: true }).fill('stem cells for ALS in India')
      await page.keyboard.press('Enter')
      await page.waitForURL(/q=stem/)
      await page.waitForFunction(
        () => (document.getElementById('condition') as HTMLSelectElement).value !== '',
      )
      expect(await filters(page)).toEqual({ condition: 'als', treatment: 'stem-cells', country: 'IN' })
      const treatment = page.getByLabel('Treatment', { exact: true })
      expect(await treatment.locator('option:checked').innerText()).toBe('Any stem cell treatment')

      // A new search, from the same page, shows its own reading.
      if (javaScriptEnabled) await hydrated(page)
      await page.getByLabel('Search', { exact: true }).fill('riluzole')
      await page.keyboard.press('Enter')
      await page.waitForURL(/q=riluzole/)
      await page.waitForFunction(
        () => (document.getElementById('treatment') as HTMLSelectElement).value === 'riluzole',
      )
      expect(await filters(page)).toEqual({ condition: '', treatment: 'riluzole', country: '' })
      if (javaScriptEnabled) {
        // After a search without a page load, focus moves to the result count, which is read out
        // (after the new results are painted: wait for it rather than race it on a busy machine).
        await page
          .waitForFunction(() => document.activeElement?.id === 'results-title', undefined, {
            timeout: 5_000,
          })
          .catch(() => undefined)
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-title')
      }

      // The shown filters are the ones applied: applying them as they are keeps the same results.
      await page.goto(app.url + '/providers?q=stem+cells+for+ALS+in+India')
      const count = await page.locator('#results-title').innerText()
      await page.getByRole('button', { name: 'Apply filters' }).click()
      await page.waitForURL(/treatment=stem-cells/)
      await page.locator('#results-title').waitFor()
      expect(await page.locator('#results-title').innerText()).toBe(count)
      expect(await page.getByTestId('notification-banner').count()).toBe(0)
      expect(await filters(page)).toEqual({ condition: 'als', treatment: 'stem-cells', country: 'IN' })

      // Chosen from the filter alone, the group brings the stem cell guide as the words do.
      await page.goto(app.url + '/providers?treatment=stem-cells')
      expect(await page.locator('#guide-callout-title').isVisible()).toBe(true)
      await context.close()
    })
  })
}
