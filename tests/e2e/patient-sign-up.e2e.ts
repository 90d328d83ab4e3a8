import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Must show 3 and 6 of the foundation issue: a newcomer signs up as a patient,
// confirms the email from the outbox, signs out and in again — with and
// without JavaScript — and bad input gets a clear message with what was typed kept.
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

async function errorSummary(page: Page) {
  return (await page.getByTestId('error-summary').innerText()).trim()
}

async function openEmail(page: Page, to: string) {
  await page.goto(app.url + '/dev/mailbox')
  await expectNoAxeViolations(page, 'mailbox')
  const row = page.locator('tr', { hasText: to }).first()
  await row.getByRole('link').click()
  await page.waitForURL(/\/dev\/mailbox\/[0-9a-f-]{36}$/)
  await expectNoAxeViolations(page, 'mailbox email')
}

// The three journeys share nothing but the server (each its own newcomer and
// browser context), so they run at the same time: one alone leaves a core idle.
for (const javaScriptEnabled of [true, false]) {
  describe.concurrent(`patient sign-up, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test('sign up, confirm by email, sign out, sign in', async () => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      const email = `newcomer-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}@example.test`

      await page.goto(app.url + '/')
      await expectNoAxeViolations(page, 'home')
      await page.getByRole('link', { name: 'Create a free account' }).first().click()
      await page.waitForURL(/\/sign-up$/)
      await expectNoAxeViolations(page, 'sign-up')

      // Empty form: every problem listed, page title prefixed, nothing saved.
      await page.getByRole('button', { name: 'Create account' }).click()
      await page.getByTestId('error-summary').waitFor()
      expect(await errorSummary(page)).toContain('Enter your full name')
      expect(await errorSummary(page)).toContain('Enter your email address')
      expect(await errorSummary(page)).toContain('Enter a password')
      expect(await page.title()).toMatch(/^Error: /)
      await expectNoAxeViolations(page, 'sign-up with errors')

      // A 10,000-character name, emoji and right-to-left text, a malformed email.
      const longName = 'م'.repeat(5000) + '😀'.repeat(5000)
      await page.getByLabel('Full name').fill(longName)
      await page.getByLabel('Email address').fill('not-an-email')
      await page.getByLabel('Password', { exact: true }).fill('short')
      await page.getByRole('button', { name: 'Create account' }).click()
      await page.getByText('Name must be 200 characters or fewer').first().waitFor()
      expect(await errorSummary(page)).toContain('Enter an email address in the correct format')
      expect(await errorSummary(page)).toContain('Password must be 10 characters or more')
      expect(await page.getByLabel('Full name').inputValue()).toBe(longName)
      expect(await page.getByLabel('Email address').inputValue()).toBe('not-an-email')
      // The server never sends a password back.
      if (!javaScriptEnabled) expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('')

      // Now correctly: Arabic name with an emoji is fine.
      await page.getByLabel('Full name').fill('سارة 🌿 Haddad')
      await page.getByLabel('Email address').fill(email)
      await page.getByLabel('Password', { exact: true }).fill('a sentence I will remember')
      await page.getByRole('button', { name: 'Create account' }).click()
      await page.waitForURL(/\/sign-up\/check-email$/)
      // With JavaScript the URL changes before the new page renders: wait for it.
      await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor()
      expect(await page.locator('main').innerText()).toContain(email)
      await expectNoAxeViolations(page, 'check email')

      // The first email did not arrive: send it again, without retyping anything.
      await page.getByRole('button', { name: 'Send the email again' }).click()
      await page.getByText('We have sent the email again').waitFor()
      expect(await page.getByTestId('notification-banner').innerText()).toContain(email)
      await expectNoAxeViolations(page, 'check email, sent again')
      await page.goto(app.url + '/dev/mailbox')
      expect(await page.locator('tr', { hasText: email }).count()).toBe(2)
      // A mistyped address has a way out.
      await page.goto(app.url + '/sign-up/check-email')
      await page.getByRole('link', { name: 'Create your account again with the right address' }).click()
      await page.waitForURL(/\/sign-up$/)

      // Not confirmed yet: signing in is refused with a clear message.
      await page.goto(app.url + '/sign-in')
      await page.getByLabel('Email address').fill(email)
      await page.getByLabel('Password', { exact: true }).fill('a sentence I will remember')
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      await page.getByTestId('error-summary').waitFor()
      expect(await errorSummary(page)).toContain('Confirm your email address first')

      // Confirm from the outbox: the link signs the newcomer in.
      await openEmail(page, email)
      expect(await page.getByTestId('email-text').innerText()).toContain('Confirm email address')
      await page.getByTestId('email-text').getByRole('link').click()
      // It lands on the dashboard, where a first case starts, not on the account settings.
      await page.waitForURL(/\/patient\?verified=1$/)
      expect(await page.getByTestId('notification-banner').first().innerText()).toContain(
        'Your email address is confirmed',
      )
      await page.getByRole('button', { name: /^Start a new case/ }).waitFor()
      await expectNoAxeViolations(page, 'dashboard after confirming')
      await page.goto(app.url + '/account')
      expect(await page.locator('main').innerText()).toContain(email)
      await expectNoAxeViolations(page, 'account')

      // The name and the emails' language can be changed later; a refused change keeps what was typed.
      await page.getByRole('link', { name: 'Change Language for emails' }).click()
      await page.waitForURL(/\/account\/settings$/)
      await expectNoAxeViolations(page, 'account settings')
      expect(await page.getByLabel('Full name').inputValue()).toBe('سارة 🌿 Haddad')
      expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true)
      await page.getByLabel('Full name').fill('   ')
      await page.getByRole('radio', { name: 'العربية' }).check()
      await page.getByRole('button', { name: 'Save changes' }).click()
      await page.getByTestId('error-summary').waitFor()
      expect(await errorSummary(page)).toContain('Enter your full name')
      expect(await page.getByRole('radio', { name: 'العربية' }).isChecked()).toBe(true)
      await expectNoAxeViolations(page, 'account settings with errors')
      await page.getByLabel('Full name').fill('Sara Haddad')
      await page.getByRole('button', { name: 'Save changes' }).click()
      await page.waitForURL(/\/account\?saved=1$/)
      await page.getByText('Your details are saved.').waitFor()
      const details = await page.locator('.summary-list').first().innerText()
      expect(details).toContain('Sara Haddad')
      expect(details).toContain('العربية')

      // Two-step sign-in is offered to a family as a choice, not as a staff rule.
      await page.goto(app.url + '/account/two-factor')
      expect(await page.locator('main').innerText()).toContain('keeps your records safe')
      await page.goto(app.url + '/account')

      await page.getByRole('link', { name: 'Your dashboard' }).first().click()
      await page.waitForURL(/\/patient$/)
      expect(await page.getByTestId('who-am-i').innerText()).toContain('Sara Haddad')
      // What the area is for leads where to do it.
      expect(
        await page
          .getByRole('link', { name: 'Compare providers and their itemised quotes side by side' })
          .getAttribute('href'),
      ).toBe('/providers')
      await expectNoAxeViolations(page, 'patient area')

      // Sign out from the header, then back in.
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL(/\/sign-in\?signed-out=1$/)
      await expectNoAxeViolations(page, 'signed out')
      await page.goto(app.url + '/patient')
      await page.waitForURL(/\/sign-in\?next=%2Fpatient$/)

      await page.getByLabel('Email address').fill(email.toUpperCase())
      await page.getByLabel('Password', { exact: true }).fill('a sentence I will remember')
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      await page.waitForURL(/\/patient$/)
      expect(await page.getByTestId('who-am-i').innerText()).toContain('Patient')

      // With one case under way, signing in goes straight back to it, not to the account settings.
      await page.getByRole('button', { name: 'Start a new case' }).click()
      await page.waitForURL(/\/patient\/cases\/[0-9a-f-]+$/)
      const caseUrl = page.url()
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL(/\/sign-in\?signed-out=1$/)
      await page.getByLabel('Email address').fill(email)
      await page.getByLabel('Password', { exact: true }).fill('a sentence I will remember')
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      await page.waitForURL(caseUrl)
      // Signed in, the home page no longer invites to create an account; it leads back to the case.
      await page.goto(app.url + '/')
      expect(await page.getByText('Create a free account').count()).toBe(0)
      // A link drawn as a button, as GOV.UK's start buttons are.
      await page.getByRole('button', { name: 'Continue where you left off' }).click()
      await page.waitForURL(caseUrl)
      await context.close()
    })
  })
}

describe.concurrent('right-to-left', () => {
  test('Arabic switches the whole page to right-to-left and stays accessible', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(app.url + '/sign-up')
    await page.getByRole('button', { name: 'العربية' }).click()
    await page.waitForURL(/\/sign-up$/)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await page.locator('html').getAttribute('lang')).toBe('ar')
    await expectNoAxeViolations(page, 'sign-up (ar)')
    await page.locator('form[method="post"] button[type="submit"]').last().click()
    await page.getByTestId('error-summary').waitFor()
    expect(await page.title()).not.toMatch(/^Error:/)
    await expectNoAxeViolations(page, 'sign-up with errors (ar)')
    for (const path of [
      '/',
      '/sign-in',
      '/forgot-password',
      '/sign-in/email-link',
      '/no-such-page',
      '/providers?q=als',
      `/providers/${demoIds.providerSlug.lotusNeuro}`,
      '/conditions/als',
      '/guides/stem-cells-for-als',
      `/compare?offer=${demoIds.offer.lotusMdt}`,
      '/cost-estimator?purpose=mdt',
      '/how-we-rank',
    ]) {
      await page.goto(app.url + path)
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
      await expectNoAxeViolations(page, `${path} (ar)`)
    }
    // English evidence on an Arabic page keeps its own direction, so its full stops stay at the end.
    await page.goto(app.url + '/conditions/als')
    const evidence = page.locator('.evidence p[lang="en"]').first()
    expect(await evidence.getAttribute('dir')).toBe('ltr')
    // The mirrored layout: the brand sits at the right edge in RTL.
    const brand = await page.locator('.site-header__brand').boundingBox()
    const viewport = page.viewportSize()!
    expect(brand!.x).toBeGreaterThan(viewport.width / 2)
    await context.close()
  })
})
