import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 14: the family's intake says why a task cannot start, what a sent
// case is waiting for, what the ALSFRS-R stages mean, what an empty answer
// lacks; links to questions that do not apply yet lead on; time zones and
// currencies start from the country of residence; date boxes are sized by
// their content, line up in Arabic and show plausible examples.
const draft = demoIds.case.draft
const sent = demoIds.case.sent

let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
let patient: HttpSession

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A page signed in as the demo patient; JavaScript off unless asked. */
async function pageAs(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, ...options })
  await context.addCookies(
    patient
      .cookie()
      .split('; ')
      .map((c) => {
        const i = c.indexOf('=')
        return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
      }),
  )
  return context.newPage()
}

const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!

describe('the family’s intake', () => {
  test('a task that cannot start yet says why and what to do first', async () => {
    const page = await pageAs()
    await page.goto(`${app.url}/patient/cases/${draft}`)
    await expect(page.locator('#task-alsfrs-hint').textContent()).resolves.toBe(
      'First answer which condition this is about, in “Condition history”.',
    )
    await expect(page.locator('#task-consent-hint').textContent()).resolves.toBe(
      'First choose providers, or ask us to help you choose.',
    )
    await expect(page.locator('#task-check-hint').textContent()).resolves.toMatch(
      /^First finish: About the patient, Condition history, .*Goals and preferences.*\.$/,
    )
    await expectNoAxeViolations(page, 'task list with reasons')
  })

  test('a sent case shows the chosen providers, what happens next and by when, and the answers', async () => {
    const page = await pageAs()
    await page.goto(`${app.url}/patient/cases/${sent}`)
    await expect(page.getByTestId('next-step').textContent()).resolves.toMatch(
      /^Your coordinator will check the case and reply by \d{1,2} \w+ \d{4}\./,
    )
    // The demo sent case was referred to Lotus (content/demo/cases.json): the family reads where that stands.
    await expect(
      page.getByTestId(`provider-${demoIds.provider.lotusNeuro}`).textContent(),
    ).resolves.toContain('Your coordinator has sent your case to this clinic')
    await page.getByRole('heading', { level: 2, name: 'Answers sent' }).waitFor()
    await page.getByRole('heading', { level: 3, name: 'Condition history' }).waitFor()
    await expect(page.getByText('Amira Haddad (demo)').count()).resolves.toBeGreaterThan(0)
    await expectNoAxeViolations(page, 'sent case')
  })

  test('before a plan is accepted, the treatment page says what comes, not a course that is not there', async () => {
    const page = await pageAs()
    await page.goto(`${app.url}/patient/cases/${sent}/treatment`)
    const main = await page.locator('main').innerText()
    expect(main).toContain('Treatment is recorded here once you have accepted a clinic’s plan.')
    expect(main).not.toContain('Waiting for the assessment on arrival')
    await expectNoAxeViolations(page, 'treatment before a plan')
    // Nor does the second-opinion page say a coordinator suggested one before anyone has.
    await page.goto(`${app.url}/patient/cases/${demoIds.case.routed}/second-opinion`)
    const opinion = await page.locator('main').innerText()
    expect(opinion).toContain('No second opinion has been asked for yet.')
    expect(opinion).not.toContain('Your coordinator suggests')
  })

  test('the ALSFRS-R stages are explained in plain words, with their sources', async () => {
    const page = await pageAs()
    await page.goto(`${app.url}/patient/cases/${sent}/alsfrs-result`)
    await expect(page.getByTestId('kings-explained').textContent()).resolves.toBe(
      'Stage 2: two regions are affected.',
    )
    await expect(page.getByTestId('mitos-explained').textContent()).resolves.toBe(
      'Stage 0: there are symptoms, but none of the four abilities is lost.',
    )
    await expect(page.getByRole('link', { name: /Chiò et al/ }).getAttribute('href')).resolves.toBe(
      'https://pubmed.ncbi.nlm.nih.gov/24336810/',
    )
    await expectNoAxeViolations(page, 'ALSFRS-R result with stages explained')
  })

  test('a link to a question that does not apply yet leads to the first open question', async () => {
    const page = await pageAs()
    const response = await page.goto(`${app.url}/patient/cases/${draft}/questions/alsfrs-3`)
    expect(response!.status()).toBe(200)
    expect(page.url()).toBe(`${app.url}/patient/cases/${draft}/questions/date-of-birth`)
    expect((await patient.send(`/patient/cases/${draft}/questions/no-such-question`)).status).toBe(404)
  })

  test('the stem-cell choice is answered on its page: what is proven, and the whole guide a tab away', async () => {
    const page = await pageAs({ javaScriptEnabled: true })
    await page.goto(`${app.url}/patient/cases/${draft}/questions/treatments-of-interest`)
    await page.getByRole('checkbox', { name: 'Stem cells (see below what is proven)' }).check()
    await page.getByText('What is proven about stem cells for ALS').click()
    await page.getByText(/^No stem cell treatment has been shown to slow or stop ALS/).waitFor()
    const guide = page.getByRole('link', { name: 'Read the whole guide (opens in a new tab)' })
    expect(await guide.getAttribute('href')).toBe('/guides/stem-cells-for-als')
    const [tab] = await Promise.all([page.context().waitForEvent('page'), guide.click()])
    await tab!.getByRole('heading', { level: 1, name: /^Stem cell therapy for ALS/ }).waitFor()
    // The tick made before reading is still there.
    expect(
      await page.getByRole('checkbox', { name: 'Stem cells (see below what is proven)' }).isChecked(),
    ).toBe(true)
    await expectNoAxeViolations(page, 'help of interest, stem cells explained')
    await page.context().close()
  })

  test('an empty date of birth says what is missing; its example is about sixty years ago', async () => {
    const page = await pageAs()
    await page.goto(`${app.url}/patient/cases/${draft}/questions/date-of-birth`)
    const hint = (await page.locator('#date-hint').textContent())!
    const year = Number(/For example, \d{1,2} \d{1,2} (\d{4})$/.exec(hint)?.[1])
    const thisYear = new Date().getUTCFullYear()
    expect(thisYear - year).toBeGreaterThanOrEqual(60)
    expect(thisYear - year).toBeLessThanOrEqual(61)
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Enter your date of birth')
  })

  test('travel dates are shown with examples a few months ahead', async () => {
    const page = await pageAs()
    await page.goto(`${app.url}/patient/cases/${draft}/questions/travel-window`)
    const today = new Date().toISOString().slice(0, 10)
    for (const id of ['#from-date-hint', '#to-date-hint']) {
      const [, d, m, y] = /(\d{1,2}) (\d{1,2}) (\d{4})$/.exec((await page.locator(id).textContent())!)!
      const example = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`
      expect(example > today, `${id} ${example}`).toBe(true)
    }
  })

  test.each(['en', 'ar'])('date boxes are as wide as their digits, and line up (%s)', async (locale) => {
    const page = await pageAs({ locale, viewport: { width: 1024, height: 800 } })
    await page.goto(`${app.url}/patient/cases/${draft}/questions/date-of-birth`)
    const [day, month, year] = await Promise.all(['#day', '#month', '#year'].map((s) => box(page, s)))
    expect(Math.abs(day!.width - month!.width)).toBeLessThan(1)
    // Two digits against four: the day box is clearly narrower than the year's, never wider.
    expect(day!.width).toBeLessThan(year!.width * 0.8)
    expect(day!.width).toBeGreaterThanOrEqual(44)
    expect(day!.height).toBeGreaterThanOrEqual(44)
    // The group starts where the question's hint starts: the left edge, or the right in Arabic.
    const hint = await box(page, '#date-hint')
    if (locale === 'ar') {
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
      expect(Math.abs(year!.x + year!.width - (hint.x + hint.width))).toBeLessThan(2)
    } else {
      expect(Math.abs(day!.x - hint.x)).toBeLessThan(2)
    }
    await expectNoAxeViolations(page, `date of birth (${locale})`)
  })

  test('time zones are readable and current, and start from the country of residence', async () => {
    expect(
      (await patient.send(`/patient/cases/${draft}/questions/country`, { form: { answer: 'US' } })).status,
    ).toBe(302)
    const zonePage = `${app.url}/patient/cases/${draft}/questions/time-zone`
    // Several zones in the country: nothing preselected without JavaScript, the browser's with it.
    const plain = await pageAs()
    await plain.goto(zonePage)
    await expect(plain.locator('#answer').inputValue()).resolves.toBe('')
    await expect(plain.locator('option[value="Asia/Calcutta"]').count()).resolves.toBe(0)
    await expect(plain.locator('option[value="Asia/Kolkata"]').textContent()).resolves.toBe(
      'India — Kolkata (UTC+05:30)',
    )
    await expectNoAxeViolations(plain, 'time zone question')
    const enhanced = await pageAs({ javaScriptEnabled: true, timezoneId: 'America/Chicago' })
    await enhanced.goto(zonePage)
    await enhanced.waitForFunction(
      () => (document.getElementById('answer') as HTMLSelectElement).value !== '',
    )
    await expect(enhanced.locator('#answer').inputValue()).resolves.toBe('America/Chicago')

    // One zone in the country: preselected, JavaScript or not; and the budget is in its currency.
    await patient.send(`/patient/cases/${draft}/questions/country`, { form: { answer: 'GB' } })
    await plain.goto(zonePage)
    await expect(plain.locator('#answer').inputValue()).resolves.toBe('Europe/London')
    await plain.goto(`${app.url}/patient/cases/${draft}/questions/budget`)
    await expect(plain.locator('#currency').inputValue()).resolves.toBe('GBP')
  })
})
