import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { totp } from './support/totp.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 16: a reviewer, signed in with a TOTP code and with JavaScript off,
// saves a new version of India's rule for cell-based interventions in the
// console; a refused save keeps what was typed; version 2 is then in force
// and version 1 is still there to read.
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  context = await browser.newContext({ javaScriptEnabled: false })
  page = await context.newPage()
  await page.goto(app.url + '/sign-in?next=%2Freviewer')
  await page.getByLabel('Email address').fill(demoIds.email.reviewer)
  await page.getByLabel('Password', { exact: true }).fill(demoIds.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL(/\/account\/two-factor/)
  await page.getByLabel('Password', { exact: true }).fill(demoIds.password)
  await page.getByRole('button', { name: 'Start set-up' }).click()
  const secret = (await page.getByTestId('totp-secret').innerText()).trim()
  await page.getByLabel('Code from your authenticator app').fill(totp(secret))
  await page.getByRole('button', { name: 'Confirm and turn on' }).click()
  await page.waitForURL(/\/reviewer$/)
})
afterAll(async () => {
  await context?.close()
  await browser?.close()
  await app?.stop()
})

describe('the rules console, without JavaScript', () => {
  test('a reviewer saves version 2 of India’s cell-based rule and can still read version 1', async () => {
    await page.getByRole('link', { name: 'Jurisdiction rules' }).click()
    await page.getByRole('heading', { level: 1, name: 'Jurisdiction rules' }).waitFor()
    await expectNoAxeViolations(page, 'rules list')

    await page.getByRole('link', { name: 'India: Cell-based interventions' }).click()
    await page.waitForURL(/\/reviewer\/rules\/in-cell-based$/)
    await page.getByRole('heading', { level: 2, name: 'In force: version 1' }).waitFor()
    await expectNoAxeViolations(page, 'rule page')

    // A date that does not exist and no reason: refused on both fields, what was typed kept.
    await page.getByLabel('Review again by').fill('2028-02-30')
    await page.getByRole('button', { name: 'Save version 2' }).click()
    const summary = page.getByTestId('error-summary')
    await summary.waitFor()
    expect(await summary.innerText()).toContain('Enter a real date as year-month-day')
    expect(await summary.innerText()).toContain('Say why you are making this change')
    expect(await page.title()).toMatch(/^Error: /)
    expect(await page.getByLabel('Review again by').inputValue()).toBe('2028-02-30')
    await expectNoAxeViolations(page, 'rule page with errors')

    await page.getByLabel('Review again by').fill('2028-01-31')
    await page.getByLabel('Why this change').fill('Review date moved after the 2026 Supreme Court report')
    await page.getByRole('button', { name: 'Save version 2' }).click()
    await page.waitForURL(/\/reviewer\/rules\/in-cell-based\?saved=2$/)
    await page.getByText('Version 2 saved. Affected offers are being judged again.').waitFor()
    const inForce = page.getByRole('region', { name: 'In force: version 2' })
    await inForce.waitFor()
    expect(await inForce.innerText()).toContain('Saved by Tomás Rivera (demo reviewer)')
    expect(await inForce.innerText()).toContain('Review date moved after the 2026 Supreme Court report')

    const first = page.getByRole('article', { name: 'Version 1' })
    await first.waitFor()
    expect(await first.innerText()).toContain('content/rules/in-cell-based.json')
    expect(await first.innerText()).toContain('Only inside a registered, approved trial')
    await expectNoAxeViolations(page, 'rule page after saving')
  })

  test('the evidence console shows a record with its version', async () => {
    await page.goto(app.url + '/reviewer/evidence')
    await expectNoAxeViolations(page, 'evidence list')
    await page.goto(app.url + '/reviewer/evidence/als-bm-mnc')
    await page.getByRole('heading', { level: 2, name: 'In force: version 1' }).waitFor()
    await expectNoAxeViolations(page, 'evidence record')
  })

  test('a patient finds no rules console and cannot post to it', async () => {
    const patient = await browser.newContext({ javaScriptEnabled: false })
    const p = await patient.newPage()
    await p.goto(app.url + '/sign-in')
    await p.getByLabel('Email address').fill(demoIds.email.patient)
    await p.getByLabel('Password', { exact: true }).fill(demoIds.password)
    await p.getByRole('button', { name: 'Sign in', exact: true }).click()
    await p.waitForURL((url) => url.pathname !== '/sign-in')
    for (const path of ['/reviewer/rules', '/reviewer/rules/in-cell-based', '/reviewer/evidence/als-bm-mnc'])
      expect((await p.goto(app.url + path))?.status(), path).toBe(404)
    // Nor can a patient save a version by posting the form.
    const post = await patient.request.post(app.url + '/reviewer/rules/in-cell-based', {
      form: { version: '2', requirement: 'allowed', summary: 'x', sourceIds: 'ngscr-2017-lahiry', note: 'x' },
      headers: { origin: app.url },
      maxRedirects: 0,
    })
    expect(post.status()).toBe(404)
    await patient.close()
  })
})
