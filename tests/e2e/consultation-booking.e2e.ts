import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 15, consultations (ADR 0047), with JavaScript off: the coordinator
// sends the routed demo case to Lotus; Lotus's desk offers a time on its own
// clock (a past one is refused on its field); the family books it, and the
// invitation is in the development mailbox as a downloadable .ics file;
// then the clinic cancels it with a reason and the family is emailed.
const caseId = demoIds.case.routed
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: Record<'coordinator' | 'desk' | 'patient', HttpSession> = {} as never

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  sessions.coordinator = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
  sessions.desk = await new HttpSession(app.url).signIn(demoIds.email.clinic)
  sessions.patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function pageOf(who: keyof typeof sessions): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  await context.addCookies(
    sessions[who]
      .cookie()
      .split('; ')
      .map((c) => {
        const i = c.indexOf('=')
        return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
      }),
  )
  return context.newPage()
}

describe('a video consultation, with JavaScript off', () => {
  test('the clinic offers a time and the family books it, with the invitation attached', async () => {
    const coordinator = await pageOf('coordinator')
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    await coordinator.getByRole('checkbox', { name: /Rheinufer/ }).uncheck()
    await coordinator.getByRole('checkbox', { name: /Lotus/ }).check()
    await coordinator.getByRole('button', { name: 'Send to the chosen providers' }).click()
    await coordinator.getByText(/The case was sent to/).waitFor()

    const desk = await pageOf('desk')
    // The clinic's dashboard leads there.
    await desk.goto(`${app.url}/clinic`)
    await desk.getByRole('link', { name: 'Consultation slots' }).click()
    await desk.getByRole('heading', { level: 1, name: 'Consultation slots' }).waitFor()
    await expectNoAxeViolations(desk, 'clinic slots, empty')
    // India has one time zone: said, not offered as a choice of one; the furthest date is in the hint.
    expect(await desk.locator('select[name="timeZone"]').count()).toBe(0)
    await desk.getByText('Times are in your clinic’s time zone: India Standard Time.').waitFor()
    await desk.getByText(/at most 180 days ahead$/).waitFor()
    // Sent empty, both the date and the time are asked for at once.
    await desk.getByRole('button', { name: 'Offer this time' }).click()
    await desk.getByRole('link', { name: 'Enter a real date, as YYYY-MM-DD' }).waitFor()
    await desk.getByRole('link', { name: /Enter the time as HH:MM/ }).waitFor()
    await desk.getByLabel('Date').fill('2020-01-06')
    await desk.getByLabel('Start time').fill('15:00')
    await desk.getByRole('button', { name: 'Offer this time' }).click()
    await desk.getByRole('link', { name: 'The time must be in the future' }).waitFor()
    expect(await desk.getByLabel('Start time').inputValue()).toBe('15:00')
    await expectNoAxeViolations(desk, 'clinic slots, refused')
    // Two years out is a slip, and said so; 60 days ahead is offered.
    await desk.getByLabel('Date').fill(`${new Date().getUTCFullYear() + 2}-03-29`)
    await desk.getByRole('button', { name: 'Offer this time' }).click()
    await desk
      .getByRole('link', { name: 'A time can be at most 180 days ahead: choose an earlier date' })
      .waitFor()
    const day = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
    const year = day.slice(0, 4)
    await desk.getByLabel('Date').fill(day)
    await desk.getByRole('button', { name: 'Offer this time' }).click()
    await desk.getByText('The time is offered to families.').waitFor()
    expect(await desk.locator('table').innerText()).toContain('Free')
    // A second time, offered by mistake: removing it is asked first, and "no" keeps it.
    const nextDay = new Date(Date.now() + 61 * 86_400_000).toISOString().slice(0, 10)
    await desk.getByLabel('Date').fill(nextDay)
    await desk.getByLabel('Start time').fill('15:00')
    await desk.getByRole('button', { name: 'Offer this time' }).click()
    await desk.getByText('The time is offered to families.').waitFor()
    const rows = desk.locator('tbody tr')
    expect(await rows.count()).toBe(2)
    await rows
      .nth(1)
      .getByRole('button', { name: /^Remove/ })
      .click()
    await desk.getByRole('heading', { name: /^Remove the time / }).waitFor()
    await expectNoAxeViolations(desk, 'clinic slot removal asked first')
    await desk.getByRole('link', { name: 'No, keep it' }).click()
    await desk.getByRole('heading', { name: /^Remove the time / }).waitFor({ state: 'detached' })
    expect(await rows.count()).toBe(2)
    await rows
      .nth(1)
      .getByRole('button', { name: /^Remove/ })
      .click()
    await desk.getByRole('button', { name: 'Yes, remove it' }).click()
    await desk.getByText('The time is removed.').waitFor()
    expect(await rows.count()).toBe(1)
    // The desk starts to remove the last time too, and leaves the question open while a family books it.
    await rows
      .nth(0)
      .getByRole('button', { name: /^Remove/ })
      .click()
    await desk.getByRole('heading', { name: /^Remove the time / }).waitFor()

    const family = await pageOf('patient')
    await family.goto(`${app.url}/patient/cases/${caseId}`)
    await family.getByRole('link', { name: 'Consultations' }).click()
    await family.getByRole('heading', { name: 'Video consultations' }).waitFor()
    await expectNoAxeViolations(family, 'family consultations')
    await family.getByRole('radio', { name: /Lotus/ }).check()
    await family.getByRole('button', { name: 'Book this time' }).click()
    await family.getByText('Your consultation is booked.').waitFor()
    // Lotus's only time is now the family's: nothing else to book, and the page says why.
    await family.getByText('No other clinic has free times at the moment.', { exact: false }).waitFor()
    expect(await family.getByRole('link', { name: /^https:\/\// }).getAttribute('href')).toMatch(
      /\/waypoint-[a-z2-7]{26}$/,
    )
    await expectNoAxeViolations(family, 'family consultation booked')
    // Cancelling is asked first; "No" keeps the booking as it was.
    await family.getByRole('button', { name: /^Cancel the consultation/ }).click()
    await family.getByRole('heading', { name: /^Cancel the video consultation with Lotus .*\?$/ }).waitFor()
    await expectNoAxeViolations(family, 'family asked before cancelling a consultation')
    await family.getByRole('link', { name: 'No, keep it' }).click()
    await family.waitForURL((url) => !url.search.includes('cancel'))
    expect(await family.getByText('Booked', { exact: true }).count()).toBe(1)

    await desk.reload()
    expect(await desk.locator('table').innerText()).toContain('Booked')
    // The clinic sees whose call it is, and reaches that referral from the row.
    const whose = desk.getByRole('link', { name: /^by case WP-/ })
    expect(await whose.getAttribute('href')).toContain(`/clinic/referrals/${caseId}`)
    // The open question now says why the time cannot be removed, rather than vanishing without a word.
    await desk.getByRole('heading', { name: 'That time can no longer be removed' }).waitFor()
    expect(await desk.getByRole('heading', { name: /^Remove the time / }).count()).toBe(0)
    await expectNoAxeViolations(desk, 'clinic slot booked while its removal was asked')

    const mailbox = await pageOf('patient')
    await (await emailLink(mailbox, /Consultation booked/)).click()
    const attachment = mailbox.getByTestId('email-attachments').getByRole('link', { name: 'invite.ics' })
    const response = await mailbox.request.get(`${app.url}${await attachment.getAttribute('href')}`)
    expect(response.headers()['content-type']).toContain('text/calendar')
    const ics = await response.text()
    expect(ics).toContain('METHOD:REQUEST')
    expect(ics).toContain('TZID:Asia/Kolkata')

    // The clinic calls it off: a reason is asked for on its field, then the family is told.
    await desk.getByRole('radio', { name: new RegExp(`${year}`) }).check()
    await desk.getByRole('button', { name: 'Cancel this consultation' }).click()
    await desk.getByRole('link', { name: 'Choose a reason for cancelling' }).waitFor()
    await expectNoAxeViolations(desk, 'clinic cancel refused')
    await desk.getByRole('radio', { name: new RegExp(`${year}`) }).check()
    await desk.getByRole('radio', { name: 'The doctor is not available' }).check()
    await desk.getByRole('button', { name: 'Cancel this consultation' }).click()
    await desk.getByText('The consultation is cancelled. The family has been told.').waitFor()
    expect(await desk.locator('table').innerText()).toContain('Free')
    await expectNoAxeViolations(desk, 'clinic consultation cancelled')
    await emailLink(mailbox, /The clinic cancelled the consultation/)
  })
})

/**
 * The mailbox's link to an email with this subject. Emails go out through the
 * job queue, so the page is loaded again until it is there: a page loaded
 * once, with JavaScript off, never shows a later one.
 */
async function emailLink(page: Page, subject: RegExp) {
  const link = page.getByRole('link', { name: subject }).first()
  for (const until = Date.now() + 20_000; ;) {
    await page.goto(`${app.url}/dev/mailbox`)
    if ((await link.count()) > 0) return link
    if (Date.now() > until) throw new Error(`no email matching ${subject} within 20 s`)
    await page.waitForTimeout(250)
  }
}
