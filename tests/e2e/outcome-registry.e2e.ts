import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { demoIds } from '#server/seed/demo-ids.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'

// Issue 17, the public outcome registry, with JavaScript off: the profile
// links to it, and with no one followed up to 6 months yet each offer says
// so in one sentence, with no figure, in English and in Arabic (right to
// left), above the note on what uncontrolled figures cannot say.
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

describe('the outcome registry page, with JavaScript off', () => {
  test('reached from the profile, below the threshold: a sentence per offer and no number', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${app.url}/providers/${demoIds.providerSlug.lotusNeuro}`)
    await page.getByRole('link', { name: 'See the outcome registry for this clinic' }).click()
    await page.getByRole('heading', { level: 1, name: /What happened to the people/ }).waitFor()
    const sentence = page.getByText(/^Fewer than 10 people treated with this offer through Waypoint/)
    expect(await sentence.count()).toBeGreaterThan(0)
    const offers = page.locator('section.offer')
    expect(await offers.count()).toBe(await sentence.count())
    for (const text of await offers.allInnerTexts()) {
      expect(text.replace(/Fewer than 10 people.*6-month follow-up data/, '')).not.toMatch(/\d/)
    }
    await page.getByRole('heading', { name: 'What these figures can and cannot say' }).waitFor()
    await expectNoAxeViolations(page, 'outcome registry, English')

    await context.addCookies([{ name: 'waypoint_lang', value: 'ar', url: app.url }])
    await page.reload()
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    await page.getByText('لا نعرض أي أرقام بعد').first().waitFor()
    await expectNoAxeViolations(page, 'outcome registry, Arabic')
    await context.close()
  })
})
