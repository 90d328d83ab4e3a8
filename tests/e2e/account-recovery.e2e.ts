import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { signedInContext } from './support/signed-in.ts'
import { totp } from './support/totp.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Password reset and sign-in by email link, by email from the outbox, without JavaScript.
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

async function latestLinkTo(page: Page, email: string, subject: RegExp): Promise<string> {
  for (let i = 0; i < 50; i++) {
    await page.goto(app.url + '/dev/mailbox')
    const row = page.locator('tr', { hasText: email }).filter({ hasText: subject }).first()
    if ((await row.count()) > 0) {
      await row.getByRole('link').click()
      return (await page.getByTestId('email-text').getByRole('link').first().getAttribute('href'))!
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`no email to ${email} matching ${subject}`)
}

describe('account recovery', () => {
  test('forgotten password: reset by email, then sign in with the new password', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    const email = demoIds.email.patient
    await page.goto(app.url + '/sign-in')
    await page.getByRole('link', { name: 'Forgotten your password?' }).click()
    await expectNoAxeViolations(page, 'forgot password')
    await page.getByLabel('Email address').fill(email)
    await page.getByRole('button', { name: 'Send reset link' }).click()
    await page.getByTestId('notification-banner').waitFor()
    const link = await latestLinkTo(page, email, /Reset your Waypoint password/)
    await page.goto(link)
    await page.waitForURL(/\/reset-password\?token=/)
    await expectNoAxeViolations(page, 'reset password')
    await page.getByLabel('New password').fill('short')
    await page.getByRole('button', { name: 'Save new password' }).click()
    expect(await page.getByTestId('error-summary').innerText()).toContain(
      'Password must be 10 characters or more',
    )
    await page.getByLabel('New password').fill('a brand new long password')
    await page.getByRole('button', { name: 'Save new password' }).click()
    await page.waitForURL(/\/sign-in\?reset=1$/)
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password', { exact: true }).fill('a brand new long password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL(/\/patient$/)
    // The old link works only once.
    await page.goto(link)
    expect(page.url()).toMatch(/error|reset-password/)
  })

  test('once a newer reset link is used, an older one no longer works', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    const email = 'clinic@demo.waypoint.example'
    const ask = async () => {
      await page.goto(app.url + '/forgot-password')
      await page.getByLabel('Email address').fill(email)
      await page.getByRole('button', { name: 'Send reset link' }).click()
      await page.getByTestId('notification-banner').waitFor()
    }
    await ask()
    const older = await latestLinkTo(page, email, /Reset your Waypoint password/)
    await ask()
    let newer = older
    for (let i = 0; i < 50 && newer === older; i++) {
      newer = await latestLinkTo(page, email, /Reset your Waypoint password/)
      if (newer === older) await new Promise((r) => setTimeout(r, 200))
    }
    expect(newer).not.toBe(older)
    await page.goto(newer)
    await page.getByLabel('New password').fill('the newest long password')
    await page.getByRole('button', { name: 'Save new password' }).click()
    await page.waitForURL(/\/sign-in\?reset=1$/)

    await page.goto(older)
    if (new URL(page.url()).searchParams.has('token')) {
      await page.getByLabel('New password').fill('an older link password')
      await page.getByRole('button', { name: 'Save new password' }).click()
    }
    expect(await page.locator('main').innerText()).toContain('This reset link is not valid or has expired')
    // The password is still the one set through the newer link.
    await page.goto(app.url + '/sign-in')
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password', { exact: true }).fill('an older link password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    expect(await page.getByTestId('error-summary').innerText()).toContain(
      'The email address or password is not right',
    )
  })

  test('sign in with an email link', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    const email = demoIds.email.caregiver
    await page.goto(app.url + '/sign-in/email-link')
    await expectNoAxeViolations(page, 'email link')
    await page.getByLabel('Email address').fill(email)
    await page.getByRole('button', { name: 'Send the link' }).click()
    await page.getByTestId('notification-banner').waitFor()
    const link = await latestLinkTo(page, email, /sign-in link/)
    await page.goto(link)
    await page.waitForURL(/\/patient$/)
    await page.goto(app.url + '/account')
    expect(await page.locator('main').innerText()).toContain(email)
  })

  test('an emailed link never skips the second step of an account that has one', async () => {
    // A family account asks for a link, then turns two-step sign-in on before opening it.
    const email = 'two-step-link@example.test'
    const password = 'a long family password 2026'
    const family = await new HttpSession(app.url).signUp('Two Step', email, password)
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    await page.goto(app.url + '/sign-in/email-link')
    await page.getByLabel('Email address').fill(email)
    await page.getByRole('button', { name: 'Send the link' }).click()
    await page.getByTestId('notification-banner').waitFor()
    const early = await latestLinkTo(page, email, /sign-in link/)
    const setup = await (
      await family.send('/account/two-factor', { form: { password, next: '/account' } })
    ).text()
    const secret = /data-testid="totp-secret"[^>]*>([A-Z2-7=]+)</.exec(setup)![1]!
    const on = await family.send('/account/two-factor', {
      form: { intent: 'confirm', code: totp(secret), next: '/account' },
    })
    expect(on.status).toBe(302)
    // The early link signs nobody in: it says to use the password and the code.
    await page.goto(early)
    await page.getByText('Sign in with your password and code').waitFor()
    await expectNoAxeViolations(page, 'link refused for two-step sign-in')
    await page.goto(app.url + '/account')
    await page.waitForURL(/\/sign-in/)
    // A link asked for now is not a link at all.
    await page.goto(app.url + '/sign-in/email-link')
    await page.getByLabel('Email address').fill(email)
    await page.getByRole('button', { name: 'Send the link' }).click()
    await page.getByTestId('notification-banner').waitFor()
    const note = await latestLinkTo(page, email, /Signing in to Waypoint/)
    expect(new URL(note).pathname).toBe('/sign-in')
    expect(await page.getByTestId('email-text').innerText()).toContain('uses two-step sign-in')

    // Signed in with the code, the family makes new backup codes, then turns the second step off.
    const again = new HttpSession(app.url)
    expect((await again.send('/sign-in', { form: { email, password } })).status).toBe(302)
    const second = await again.send('/sign-in/two-factor', { form: { code: totp(secret) } })
    expect(second.status).toBe(302)
    const signedIn = await signedInContext(browser, app.url, again, { javaScriptEnabled: false })
    const account = await signedIn.newPage()
    await account.goto(app.url + '/account')
    await account.getByRole('link', { name: 'Backup codes, or turn off' }).click()
    await expectNoAxeViolations(account, 'two-step sign-in managed')
    await account.getByLabel('Password').first().fill('not the password')
    await account.getByRole('button', { name: 'Make new backup codes' }).click()
    await account.getByTestId('error-summary').waitFor()
    await account.getByLabel('Password').first().fill(password)
    await account.getByRole('button', { name: 'Make new backup codes' }).click()
    expect(await account.getByTestId('new-backup-codes').locator('li').count()).toBe(10)
    await account.getByLabel('Password').last().fill(password)
    await account.getByRole('button', { name: 'Turn off two-step sign-in' }).click()
    await account.getByText('Two-step sign-in is off.').waitFor()
    // The password alone signs in now.
    const plain = await new HttpSession(app.url).send('/sign-in', { form: { email, password } })
    expect(plain.headers.get('location')).not.toContain('two-factor')
  })

  test('asking for a link for an unknown address looks the same and sends nothing', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    await page.goto(app.url + '/forgot-password')
    await page.getByLabel('Email address').fill('nobody@example.test')
    await page.getByRole('button', { name: 'Send reset link' }).click()
    expect(await page.getByTestId('notification-banner').innerText()).toContain(
      'If nobody@example.test has an account',
    )
    await page.goto(app.url + '/dev/mailbox')
    expect(await page.locator('main').innerText()).not.toContain('nobody@example.test')
  })
})

describe('changing a password while signed in', () => {
  test('refused with the wrong password now, then changed: the old one no longer signs in', async () => {
    const email = 'change-password@example.test'
    const family = await new HttpSession(app.url).signUp('Change Password', email, 'the first long password')
    const context = await signedInContext(browser, app.url, family, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(app.url + '/account')
    await page.getByRole('link', { name: /Change\s*password/i }).click()
    await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor()
    await expectNoAxeViolations(page, 'change password')
    await page.getByLabel('Your password now').fill('not the password')
    await page.getByLabel('New password').fill('the second long password')
    await page.getByRole('button', { name: 'Change the password' }).click()
    await page.getByRole('link', { name: 'That is not your password now: check it and try again' }).waitFor()
    // Neither password comes back to the form.
    expect(await page.getByLabel('Your password now').inputValue()).toBe('')
    expect(await page.getByLabel('New password').inputValue()).toBe('')
    await page.getByLabel('Your password now').fill('the first long password')
    await page.getByLabel('New password').fill('the second long password')
    await page.getByRole('button', { name: 'Change the password' }).click()
    await page.getByText('Your password is changed').waitFor()
    // Still signed in here; the old password no longer signs in, the new one does.
    expect(new URL(page.url()).pathname).toBe('/account')
    const old = await new HttpSession(app.url).send('/sign-in', {
      form: { email, password: 'the first long password' },
    })
    expect(old.status).not.toBe(302)
    const fresh = await new HttpSession(app.url).send('/sign-in', {
      form: { email, password: 'the second long password' },
    })
    expect(fresh.status).toBe(302)
    await latestLinkTo(page, email, /password/i)
  })
})

describe('erasing an account', () => {
  test('the family erases their account with their password, and is told so, signed out', async () => {
    const email = 'erase-me@example.test'
    const password = 'a long family password 2026'
    const family = await new HttpSession(app.url).signUp('Erase Me', email, password)
    const context = await signedInContext(browser, app.url, family, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(app.url + '/account/erase')
    const erase = page.getByRole('button', { name: 'Erase my account' })
    const box = page.getByLabel('I understand this cannot be undone')
    const passwordField = page.getByLabel('Your password, to show it is you')
    await erase.click()
    // Both missing: both named at once.
    await page.getByRole('link', { name: 'Tick the box to confirm' }).waitFor()
    await page.getByRole('link', { name: 'Enter the password you use now' }).waitFor()
    // A session left open is not enough: a wrong password erases nothing.
    await box.check()
    await passwordField.fill('not my password at all')
    await erase.click()
    await page.getByRole('link', { name: 'That is not your password now: check it and try again' }).waitFor()
    expect(await box.isChecked()).toBe(true)
    expect(await passwordField.inputValue()).toBe('')
    await expectNoAxeViolations(page, 'erase refused for a wrong password')
    expect((await family.send('/account')).status).toBe(200)
    await passwordField.fill(password)
    await erase.click()
    await page.getByText('Your account is erased, with every case you owned.').waitFor()
    await expectNoAxeViolations(page, 'home page after erasing')
    expect(new URL(page.url()).pathname).toBe('/')
    await page.goto(app.url + '/account')
    await page.waitForURL(/\/sign-in/)
  })
})
