import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { totp } from './support/totp.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Must show 3: a staff account cannot reach a staff page before enrolling TOTP.
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const password = demoIds.password

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function signIn(page: Page, email: string, next = '') {
  await page.goto(app.url + '/sign-in' + next)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.pathname !== '/sign-in')
}

const staff = [
  { email: demoIds.email.coordinator, area: '/coordinator', heading: 'Coordinator dashboard' },
  { email: demoIds.email.clinic, area: '/clinic', heading: 'Clinic dashboard' },
  { email: demoIds.email.reviewer, area: '/reviewer', heading: 'Trust and safety' },
  { email: demoIds.email.secondOpinionDoctor, area: '/second-opinions', heading: 'Second opinions' },
  { email: demoIds.email.admin, area: '/admin', heading: 'Administration' },
]

describe('staff need two-step sign-in', () => {
  for (const member of staff) {
    test(`${member.area}: refused until TOTP is enrolled, then reached with a code`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: member.area !== '/clinic' })
      const page = await context.newPage()
      await signIn(page, member.email)
      await page.goto(app.url + member.area)
      await page.waitForURL(new RegExp(`/account/two-factor\\?next=${encodeURIComponent(member.area)}$`))
      await page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' }).waitFor()
      await expectNoAxeViolations(page, 'two-factor enrolment')

      // Every staff area is closed, not only the member's own.
      for (const other of staff) {
        const response = await page.goto(app.url + other.area)
        const heading = await page.getByRole('heading', { level: 1 }).innerText()
        expect(heading).not.toBe(other.heading)
        expect(['Set up two-step sign-in', 'Page not found']).toContain(heading)
        expect(response?.status()).toBeLessThan(500)
      }

      await page.goto(app.url + `/account/two-factor?next=${encodeURIComponent(member.area)}`)
      await page.getByLabel('Password', { exact: true }).fill(password)
      await page.getByRole('button', { name: 'Start set-up' }).click()
      const secret = (await page.getByTestId('totp-secret').innerText()).trim()
      expect(secret).toMatch(/^[A-Z2-7]+=*$/)
      await expectNoAxeViolations(page, 'two-factor QR code')

      await page.getByLabel('Code from your authenticator app').fill('000000')
      await page.getByRole('button', { name: 'Confirm and turn on' }).click()
      await page.getByTestId('error-summary').waitFor()
      // A mistyped code keeps the key, its QR code and the backup codes on the page: they are shown only now.
      expect((await page.getByTestId('totp-secret').innerText()).trim()).toBe(secret)
      expect(await page.locator('img.qr-code').count()).toBe(1)
      expect(await page.locator('.code-list li').count()).toBeGreaterThan(0)
      const backup = (await page.locator('.code-list li').first().innerText()).trim()
      await page.getByLabel('Code from your authenticator app').fill('12')
      await page.getByRole('button', { name: 'Confirm and turn on' }).click()
      await page.getByText('Enter the 6-digit code').first().waitFor()
      expect((await page.getByTestId('totp-secret').innerText()).trim()).toBe(secret)
      await page.getByLabel('Code from your authenticator app').fill(totp(secret))
      await page.getByRole('button', { name: 'Confirm and turn on' }).click()
      await page.waitForURL(new RegExp(`${member.area}$`))
      await page.getByRole('heading', { level: 1, name: member.heading }).waitFor()
      expect(await page.getByTestId('who-am-i').innerText()).toContain('demo')
      // The administrator's home promises only what it leads to.
      if (member.area === '/admin')
        expect(await page.locator('main').innerText()).not.toContain('Manage accounts and roles')
      await expectNoAxeViolations(page, member.area)

      // Next time, the code is asked for at sign-in.
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL(/signed-out/)
      await signIn(page, member.email, `?next=${encodeURIComponent(member.area)}`)
      await page.waitForURL(/\/sign-in\/two-factor/)
      await expectNoAxeViolations(page, 'two-factor sign-in')
      await page.getByLabel('Code from your authenticator app').fill(totp(secret))
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.waitForURL(new RegExp(`${member.area}$`))
      if (member.area === '/coordinator') {
        // The phone is lost: a backup code signs in once, and only once.
        for (const attempt of ['first', 'again'] as const) {
          await page.getByRole('button', { name: 'Sign out' }).click()
          await page.waitForURL(/signed-out/)
          await signIn(page, member.email, `?next=${encodeURIComponent(member.area)}`)
          await page.waitForURL(/\/sign-in\/two-factor/)
          await page.getByLabel('Code from your authenticator app, or a backup code').fill(backup)
          await page.getByRole('button', { name: 'Sign in' }).click()
          if (attempt === 'first') {
            await page.waitForURL(new RegExp(`${member.area}$`))
          } else {
            await page
              .getByRole('link', { name: /That backup code is not right, or it was used before/ })
              .waitFor()
            await expectNoAxeViolations(page, 'backup code used twice')
          }
        }
      }
      await context.close()
    })
  }

  test('patients and caregivers never see staff pages: they are not found', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page, demoIds.email.caregiver)
    await page.waitForURL(/\/patient$/)
    for (const member of staff) {
      const response = await page.goto(app.url + member.area)
      expect(response?.status()).toBe(404)
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Page not found')
    }
    await page.goto(app.url + '/patient')
    expect(await page.locator('main').innerText()).toContain('You act for the people who invited you')
    await expectNoAxeViolations(page, 'caregiver landing')
    await context.close()
  })
})
