import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { hydrated } from './support/hydrated.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 15, the coordinator console (ADR 0048), with JavaScript off: the
// queue's GET form finds a family by name however it is typed, in English
// and in Arabic; on the case, the coordinator takes it and leaves a note the
// family never sees.
const caseId = demoIds.case.sent
const reference = demoIds.caseReference.sent
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: Record<'coordinator' | 'patient', HttpSession> = {} as never

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  sessions.coordinator = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
  sessions.patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A browser page, with JavaScript off unless asked, signed in as the session's person, in a language. */
async function pageOf(who: keyof typeof sessions, lang = 'en', javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled })
  await context.addCookies([
    ...sessions[who]
      .cookie()
      .split('; ')
      .map((c) => {
        const i = c.indexOf('=')
        return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
      }),
    { name: 'waypoint_lang', value: lang, url: app.url },
  ])
  return context.newPage()
}

const queueRows = (page: Page) => page.getByTestId('queue').locator('tbody tr')

describe('the coordinator console, with JavaScript off', () => {
  test('the queue finds a family by name or reference, and filters keep their values', async () => {
    const page = await pageOf('coordinator')
    await page.goto(`${app.url}/coordinator/cases`)
    await expectNoAxeViolations(page, 'coordinator queue')
    // Typed without capitals, as people do.
    await page.getByLabel('Case reference or patient name').fill('amira HADDAD')
    await page.getByLabel('Coordinator').selectOption('unassigned')
    await page.getByRole('button', { name: 'Show cases' }).click()
    expect(page.url()).toContain('assigned=unassigned')
    expect(await queueRows(page).filter({ hasText: reference }).count()).toBe(1)
    expect(await page.getByLabel('Case reference or patient name').inputValue()).toBe('amira HADDAD')
    await expectNoAxeViolations(page, 'coordinator queue filtered')
    await page.goto(`${app.url}/coordinator/cases?q=${encodeURIComponent(reference.toLowerCase())}`)
    expect(await queueRows(page).count()).toBe(1)
    await page.goto(`${app.url}/coordinator/cases?q=nobody-is-called-this`)
    await page.getByText('No cases here.').waitFor()

    // In Arabic the page reads right to left and has no violations either.
    const arabic = await pageOf('coordinator', 'ar')
    await arabic.goto(`${app.url}/coordinator/cases?overdue=1&waiting=clinic`)
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl')
    await expectNoAxeViolations(arabic, 'coordinator queue in Arabic')
  })

  test('the coordinator takes the case and leaves a note only coordinators see', async () => {
    const page = await pageOf('coordinator')
    await page.goto(`${app.url}/coordinator/cases/${caseId}`)
    await page.getByRole('button', { name: 'Assign to me' }).click()
    await page.getByText('You look after this case.').waitFor()
    // An empty note is refused on its field, and nothing is saved.
    await page.getByRole('button', { name: 'Save the note' }).click()
    await page.getByRole('link', { name: 'Write the note' }).waitFor()
    await expectNoAxeViolations(page, 'coordinator case, note refused')
    const note = 'Call the son after 16:00 Amman time'
    await page.getByLabel('Add a note').fill(note)
    await page.getByRole('button', { name: 'Save the note' }).click()
    await page.getByText('Note saved.').waitFor()
    expect(await page.locator('section[aria-labelledby="notes"]').innerText()).toContain(note)
    // Who wrote it and when are each set apart, so a Latin name and an Arabic date keep their order.
    expect(await page.locator('section[aria-labelledby="notes"] li .hint').first().innerText()).toMatch(
      /^\u2068[^\u2069]+\u2069, \u2068[^\u2069]+\u2069$/,
    )
    await expectNoAxeViolations(page, 'coordinator case with a note')
    // A refused post after it does not stand beside the old confirmation.
    await page.getByRole('button', { name: 'Save the note' }).click()
    await page.getByRole('link', { name: 'Write the note' }).waitFor()
    expect(await page.getByText('Note saved.').count()).toBe(0)

    // The family's pages never carry it.
    const family = await pageOf('patient')
    for (const path of ['', '/messages', '/documents']) {
      await family.goto(`${app.url}/patient/cases/${caseId}${path}`)
      expect(await family.content()).not.toContain(note)
    }
    // Assigned to me now: the "assigned to me" filter finds it.
    await page.goto(`${app.url}/coordinator/cases?assigned=me`)
    expect(await queueRows(page).filter({ hasText: reference }).count()).toBe(1)
  })

  test('a case the family has not sent says so, and offers no step that would end it', async () => {
    const page = await pageOf('coordinator')
    await page.goto(`${app.url}/coordinator/cases/${demoIds.case.draft}`)
    await page.getByText('Not sent yet').waitFor()
    expect(await page.getByRole('button', { name: 'Withdraw the case' }).count()).toBe(0)
    // The words are the coordinator's, not the family's.
    expect(await page.getByText('Your coordinator will help you choose').count()).toBe(0)
    await expectNoAxeViolations(page, 'coordinator case not sent yet')
    // A post made anyway (an old form) is refused, and the draft stays the family's.
    const posted = await sessions.coordinator.send(`/coordinator/cases/${demoIds.case.draft}`, {
      form: { command: 'withdraw', 'confirm-withdraw': 'yes' },
    })
    expect(posted.status).toBe(409)
    const family = await (await sessions.patient.send(`/patient/cases/${demoIds.case.draft}`)).text()
    expect(family).toContain('Being prepared')
  })
})

describe('the coordinator console, with JavaScript on', () => {
  test('assigning or noting keeps the coordinator where they acted, with focus on its confirmation, however often', async () => {
    const page = await pageOf('coordinator', 'en', true)
    await page.setViewportSize({ width: 1024, height: 700 })
    await page.goto(`${app.url}/coordinator/cases/${demoIds.case.routed}`)
    // Hydrated: React has claimed the heading, so the form posts without a page load.
    await hydrated(page)
    await page.getByRole('button', { name: 'Assign to me' }).press('Enter')
    await page.getByText('You look after this case.').waitFor()
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const box = el.getBoundingClientRect()
        return {
          text: el.innerText,
          inAssignment: el.closest('section[aria-labelledby="coordinator"]') !== null,
          inView: box.top >= 0 && box.bottom <= window.innerHeight,
        }
      })
    // The confirmation is said where the coordinator acted, in view, and has the keyboard.
    await expect.poll(focused).toEqual({
      text: 'You now look after this case.',
      inAssignment: true,
      inView: true,
    })
    await expectNoAxeViolations(page, 'coordinator case, assigned with JavaScript')

    // Two notes in a row: the second redirect goes to exactly the address the
    // first one did (?done=noted#notes). It is still a new page, so focus
    // leaves the button for the confirmation, as it did the first time.
    const inNotes = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        return { text: el.innerText, inNotes: el.closest('section[aria-labelledby="notes"]') !== null }
      })
    const notes = page.locator('section[aria-labelledby="notes"]')
    for (const note of ['Interpreter booked for the first call', 'Family prefers mornings']) {
      await page.getByLabel('Add a note').fill(note)
      await page.getByRole('button', { name: 'Save the note' }).press('Enter')
      await notes.getByText(note).waitFor()
      expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('?done=noted#notes')
      await expect.poll(inNotes).toEqual({ text: 'Note saved.', inNotes: true })
    }
  })

  test('searching the queue by keyboard leaves focus on the results, not the top of the page', async () => {
    const page = await pageOf('coordinator', 'en', true)
    await page.goto(`${app.url}/coordinator/cases`)
    await hydrated(page)
    await page.getByLabel('Case reference or patient name').fill(reference.toLowerCase())
    await page.getByLabel('Case reference or patient name').press('Enter')
    await page.waitForURL(/\?q=/)
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement).id))
      .toBe('queue-results')
    // Two Tabs on (the table's scrolling region, then its first link) reach the case found.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toContain(reference)
  })

  test('a second press while a form is on its way sends nothing: one note, not two', async () => {
    const page = await pageOf('coordinator', 'en', true)
    await page.goto(`${app.url}/coordinator/cases/${demoIds.case.routed}`)
    await hydrated(page)
    const posts: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url())
    })
    // A slow line: the form is still on its way when the second press comes.
    await page.route('**/*', async (route) => {
      if (route.request().method() === 'POST') await new Promise((done) => setTimeout(done, 400))
      await route.continue()
    })
    const note = `Called the family back ${Date.now()}`
    await page.getByLabel('Add a note').fill(note)
    // A second press while the first is on its way (a double click on a slow line).
    const save = page.getByRole('button', { name: 'Save the note' })
    await save.click()
    // force: past Playwright's own wait for an enabled button, as a person's click would be.
    await save.click({ force: true })
    const notes = page.locator('section[aria-labelledby="notes"]')
    await notes.getByText(note).waitFor()
    await page.waitForLoadState('networkidle')
    expect(posts).toHaveLength(1)
    expect(await notes.getByText(note).count()).toBe(1)
  })
})
