import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'

// One conversation per case: with JavaScript, a coordinator's reply appears
// on the family's page without a reload; without it, the page is a plain form.
const sentCase = '0d3e7c52-5a1b-4c8e-9f00-000000000002'
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

async function signIn(javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(app.url + '/sign-in')
  await page.getByLabel('Email address').fill('caregiver@demo.waypoint.example')
  await page.getByLabel('Password', { exact: true }).fill('waypoint-demo-2026')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.pathname !== '/sign-in')
  return { context, page }
}

describe('case messages', () => {
  test('a reply from the coordinator appears without a reload, and the family is emailed', async () => {
    const { context, page } = await signIn(true)
    await page.goto(`${app.url}/patient/cases/${sentCase}/messages`)
    await page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor()
    await expectNoAxeViolations(page, 'messages')
    // The page is not reloaded: a marker set in the page survives the update.
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'))

    const coordinator = await new HttpSession(app.url).signIn('coordinator@demo.waypoint.example')
    const body = new FormData()
    body.append('body', 'Thank you, we have the letter. The clinic will reply this week.')
    const posted = await coordinator.send(`/coordinator/cases/${sentCase}/messages`, { body })
    expect(posted.status).toBe(303)

    await page.getByText('The clinic will reply this week.').waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here')
    await context.close()

    // The family hears about it by email, without the message in it.
    let mailbox = ''
    for (
      const until = Date.now() + 15_000;
      !mailbox.includes('New message on case WP-DEMO02') && Date.now() < until;
    ) {
      await new Promise((r) => setTimeout(r, 300))
      mailbox = await (await fetch(app.url + '/dev/mailbox')).text()
    }
    expect(mailbox).toContain('New message on case WP-DEMO02')
    expect(mailbox).not.toContain('reply this week')
  })

  test('without JavaScript, sending a message is a plain form; an empty one is refused', async () => {
    const { context, page } = await signIn(false)
    await page.goto(`${app.url}/patient/cases/${sentCase}/messages`)
    await page.getByRole('button', { name: 'Send message' }).click()
    await page.getByTestId('error-summary').waitFor()
    expect(await page.getByTestId('error-summary').innerText()).toContain('Write a message or attach a file')
    await page.getByLabel('Write a message').fill('Can we bring a wheelchair? 🙏 هل يمكن؟')
    await page.getByRole('button', { name: 'Send message' }).click()
    await page.getByText('Can we bring a wheelchair? 🙏 هل يمكن؟').waitFor()
    await expectNoAxeViolations(page, 'messages without JavaScript')
    await context.close()
  })
})
