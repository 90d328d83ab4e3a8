import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 14, item 1: with JavaScript on, a keyboard user signs in, starts a
// case and answers intake questions with Tab, Enter, Space and typing only.
// After every page change focus must be on the new page's heading (or on the
// error summary when the form failed), so the next Tab reaches the answers.
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

type Focused = { tag: string; id: string; name: string; type: string; text: string; inMain: boolean }

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      type: el?.getAttribute('type') ?? '',
      text: (el?.innerText ?? '').trim(),
      inMain: !!el?.closest('main'),
    }
  })
}

/** Tab until the focused element is the one wanted, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, what: string, wanted: (f: Focused) => boolean, max = 40) {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab')
    if (wanted(await focused(page))) return presses
  }
  throw new Error(
    `${what} not reached in ${max} Tab presses; focus is on ${JSON.stringify(await focused(page))}`,
  )
}

/** Focus has moved to the new page's main heading, whose text is `name`. */
async function expectFocusOnHeading(page: Page, name: string | RegExp) {
  await page.waitForFunction(
    () => document.activeElement?.tagName === 'H1' && !!document.activeElement.closest('main'),
    undefined,
    { timeout: 15_000 },
  )
  const f = await focused(page)
  expect(f.text).toMatch(name)
  expect(f.inMain).toBe(true)
}

async function expectFocusOnErrorSummary(page: Page) {
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), undefined, {
    timeout: 15_000,
  })
  expect((await focused(page)).text).toContain('There is a problem')
}

/** The first Tab after the heading reaches the first control of the answer. */
async function expectFirstTabReachesAnswer(page: Page, id: string) {
  await page.keyboard.press('Tab')
  const f = await focused(page)
  expect({ id: f.id, inMain: f.inMain }).toEqual({ id, inMain: true })
}

const saveAndContinue = (f: Focused) => f.tag === 'button' && f.text === 'Save and continue'

describe('keyboard-only journey, JavaScript on', () => {
  test(
    'sign in, start a case and answer four questions with focus on each new page’s heading',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext({ javaScriptEnabled: true })
      const page = await context.newPage()
      const email = demoIds.email.patient

      await page.goto(app.url + '/sign-in')
      // A first load leaves focus where the browser puts it: on the document.
      expect((await focused(page)).tag).toBe('body')
      // Typing before the scripts ran would be a plain HTML form post: wait for them.
      await page.waitForLoadState('networkidle')

      await tabTo(page, 'the email field', (f) => f.tag === 'input' && f.name === 'email')
      await page.keyboard.type(email)
      await tabTo(page, 'the password field', (f) => f.tag === 'input' && f.name === 'password')
      await page.keyboard.type(demoIds.password)
      await page.keyboard.press('Enter')
      // Two cases under way: signing in lands on the dashboard.
      await page.waitForURL(/\/patient$/)
      await expectFocusOnHeading(page, /./)

      await tabTo(page, 'Start a new case', (f) => f.tag === 'button' && f.text === 'Start a new case')
      await page.keyboard.press('Enter')
      await expectFocusOnHeading(page, /^Case WP-/)

      await tabTo(page, 'About the patient', (f) => f.tag === 'a' && f.text === 'About the patient')
      await page.keyboard.press('Enter')
      await expectFocusOnHeading(page, 'Who is this case for?')
      await expectFirstTabReachesAnswer(page, 'answer')

      // Nothing chosen: focus goes to the error summary; its link leads to the answers.
      await tabTo(page, 'Save and continue', saveAndContinue)
      await page.keyboard.press('Enter')
      await expectFocusOnErrorSummary(page)
      await page.keyboard.press('Tab')
      expect((await focused(page)).tag).toBe('a')
      await page.keyboard.press('Enter')
      expect((await focused(page)).id).toBe('answer')
      await page.keyboard.press('Space')
      expect(await page.locator('#answer').isChecked()).toBe(true)
      await tabTo(page, 'Save and continue', saveAndContinue)
      await page.keyboard.press('Enter')

      await expectFocusOnHeading(page, 'What is your full name?')
      await expectFirstTabReachesAnswer(page, 'answer')
      await page.keyboard.type('Rania Haddad')
      await page.keyboard.press('Enter')

      await expectFocusOnHeading(page, 'What is your date of birth?')
      await expectFirstTabReachesAnswer(page, 'day')
      await page.keyboard.type('12')
      await page.keyboard.press('Tab')
      await page.keyboard.type('4')
      await page.keyboard.press('Tab')
      await page.keyboard.type('1961')
      await page.keyboard.press('Enter')

      await expectFocusOnHeading(page, 'Which country do you live in?')
      await expectFirstTabReachesAnswer(page, 'answer')
      await context.close()
    },
  )
})
