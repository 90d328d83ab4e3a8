import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Passkeys: added from the account page and used to sign in, with Chromium's
// virtual authenticator standing in for a phone or a fingerprint reader.
// WebAuthn refuses IP addresses, so this app is reached as localhost.
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
let base: string
beforeAll(async () => {
  app = await startApp({ publicHost: 'localhost' })
  base = app.url.replace('127.0.0.1', 'localhost')
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

test('add a passkey, sign out, and sign in with it without typing a password', async () => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
  await page.goto(base + '/sign-in')
  await page.getByLabel('Email address').fill(demoIds.email.patient)
  await page.getByLabel('Password', { exact: true }).fill(demoIds.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  // Two open cases: the dashboard, where the family picks one.
  await page.waitForURL(/\/patient$/)
  await page.goto(base + '/account')
  expect(await page.getByTestId('passkey-count').innerText()).toBe('You have no passkeys yet.')
  await page.getByRole('button', { name: 'Add a passkey' }).click()
  await page.getByText('Passkey added.').waitFor()
  await page.getByText('You have 1 passkey.').waitFor()
  await expectNoAxeViolations(page, 'account with passkey')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL(/signed-out/)
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
  await page.waitForURL(/\/patient$/)
  await page.goto(base + '/account')
  expect(await page.locator('main').innerText()).toContain(demoIds.email.patient)
})
