import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { demoIds } from '#server/seed/demo-ids.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { hydrated } from './support/hydrated.ts'
import { startApp } from './support/server.ts'
import { signedInPage } from './support/signed-in.ts'

// The page's scripts start after its first paint, so a person can type into a
// form before they do. What was typed must still be there once they have: a
// pre-filled textarea was reset to the server's text by React's hydration.
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const hopes = `/patient/cases/${demoIds.case.draft}/questions/hopes`

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('typing before the scripts have started', () => {
  test('a pre-filled answer keeps what was typed into it', async () => {
    const patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
    expect((await patient.send(hopes, { form: { answer: 'A plan for the next year.' } })).status).toBe(302)
    const { context, page } = await signedInPage(browser, app.url, patient)
    // Hold every script until the person has typed, as a slow phone would.
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\.js(\?.*)?$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(app.url + hopes)
    const box = page.getByRole('textbox')
    expect(await box.inputValue()).toBe('A plan for the next year.')
    await box.fill('A plan for the next year, and a second opinion in Bengaluru.')
    release()
    await hydrated(page)
    // Hydration has committed; give any late reset a frame to show itself.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))))
    expect(await box.inputValue()).toBe('A plan for the next year, and a second opinion in Bengaluru.')
    await context.close()
  })
})
