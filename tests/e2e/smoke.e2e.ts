import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp, type RunningApp } from './support/server.ts'

// The shortest proof that the built app serves an accessible page to a real browser.
let app: RunningApp
let browser: Browser

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

test('the home page has a heading, a language and no axe violations', async () => {
  // AxeBuilder refuses pages from browser.newPage(); it needs an explicit context.
  const context = await browser.newContext()
  const page = await context.newPage()
  const response = await page.goto(app.url + '/')
  expect(response?.status()).toBe(200)
  await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0)
  expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2,3}(-|$)/i)
  await expectNoAxeViolations(page, 'home')
  await context.close()
})
