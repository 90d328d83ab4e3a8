import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { anAcceptedPlan, planSessions, type PlanSessions, tripPlan } from './support/accepted-plan.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { hydrated } from './support/hydrated.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 17, the trip after the visa, with JavaScript off: once the family
// accepts Lotus's plan (over plain HTTP: referral-flow.e2e.ts drives those
// pages in the browser), the coordinator cannot add a flight before the
// fit-to-fly check; records the check (home ventilation, signed off by the
// home team); adds a flight from Amman to Delhi; the family reads the
// itinerary with each time in its own zone and the visa warning, ticks the
// checklist, and downloads the calendar file.
const caseId = demoIds.case.routed
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: PlanSessions = {} as never

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  Object.assign(sessions, await planSessions(app.url))
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

/**
 * Opens `path` with JavaScript on, in a browser whose zone is far from the
 * server's, and answers the errors the page logged while hydrating: a date
 * formatted in the process's zone, or HTML the parser reshapes (a form in a
 * paragraph), makes React throw away the server's page (error 418).
 */
async function hydrationErrors(who: keyof typeof sessions, path: string): Promise<string[]> {
  const context = await browser.newContext({ timezoneId: 'Pacific/Kiritimati' })
  await context.addCookies(
    sessions[who]
      .cookie()
      .split('; ')
      .map((c) => {
        const i = c.indexOf('=')
        return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
      }),
  )
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`${path}: ${String(e)}`))
  page.on('console', (m) => (m.type() === 'error' ? errors.push(`${path}: ${m.text()}`) : undefined))
  await page.goto(app.url + path)
  // Hydrated: React has claimed the heading (its fiber key is on the element).
  await hydrated(page)
  await context.close()
  return errors
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

describe('the trip, with JavaScript off (and hydrating as sent with it on)', () => {
  test('with JavaScript on, the coordinator’s case page hydrates with no referral or plan yet', async () => {
    expect(await hydrationErrors('coordinator', `/coordinator/cases/${caseId}`)).toEqual([])
  })

  // After the hydration check above, which needs the case before any referral or plan.
  test('the plan is accepted (over HTTP)', async () => {
    await anAcceptedPlan(sessions, caseId, tripPlan)
  })

  test('the coordinator records fit to fly, then adds a flight', async () => {
    const page = await pageOf('coordinator')
    await page.goto(`${app.url}/coordinator/cases/${caseId}/trip`)
    await page.getByRole('heading', { name: 'Record the fit-to-fly check' }).waitFor()
    await expectNoAxeViolations(page, 'coordinator trip page')

    const addFlight = async () => {
      await page.goto(`${app.url}/coordinator/cases/${caseId}/trip?add=flight`)
      await page.getByLabel('Airline').fill('Royal Jordanian')
      await page.getByLabel('Flight number').fill('RJ 198')
      await page.getByLabel('From airport (three-letter code)').fill('AMM')
      await page.getByLabel('To airport (three-letter code)').fill('DEL')
      await page.getByLabel('Departure date (local)').fill('2027-02-01')
      await page.getByLabel('Departure time (local, 24-hour)').fill('21:00')
      await page.getByLabel('Departure time zone').fill('Asia/Amman')
      await page.getByLabel('Arrival date (local)').fill('2027-02-02')
      await page.getByLabel('Arrival time (local, 24-hour)').fill('04:15')
      await page.getByLabel('Arrival time zone').fill('Asia/Kolkata')
      await page.locator('#item-form').getByRole('button', { name: 'Save' }).click()
    }
    // Booking waits for the check.
    await addFlight()
    await page
      .getByRole('link', { name: 'Record a fit-to-fly check that allows travel before adding a flight.' })
      .waitFor()
    expect(await page.title()).toMatch(/^Error: /)
    expect(await page.getByLabel('Flight number').inputValue()).toBe('RJ 198')

    await page.goto(`${app.url}/coordinator/cases/${caseId}/trip`)
    const radio = (group: string, label: string) =>
      page.getByRole('group', { name: group }).getByLabel(label, { exact: true }).check()
    await radio('Does the person use NIV or a ventilator at home?', 'Yes')
    await radio('Are they breathless lying flat?', 'No')
    await page.getByLabel('Latest FVC, % of predicted (optional)').fill('58')
    await page.getByLabel('Date of that FVC').fill(daysAgo(10))
    await radio('Speech and swallowing', 'Not severe')
    await page.getByLabel('Signed off by (home team doctor), if they have').fill('Dr Okafor')
    await page.getByLabel('Date of the sign-off').fill(daysAgo(1))
    await page.getByRole('button', { name: 'Save the check' }).click()
    await page.getByText('The fit-to-fly check is saved.').waitFor()
    await page
      .getByText(
        'Cleared to fly: the home team signed off, or a hypoxic-challenge test showed no need for oxygen.',
      )
      .waitFor()

    await addFlight()
    await page.getByText('Added to the plan.').waitFor()
    await page.getByRole('heading', { name: 'Flight RJ198: AMM to DEL' }).waitFor()
  })

  test('the family reads the itinerary in each place’s zone, ticks the checklist and gets the calendar', async () => {
    const page = await pageOf('patient')
    await page.goto(`${app.url}/patient/cases/${caseId}/itinerary`)
    await page.getByRole('heading', { name: 'Flight RJ198: AMM to DEL' }).waitFor()
    const itinerary = await page.locator('.trip-itinerary').innerText()
    // Each zone by its readable name, never the raw IANA id.
    expect(itinerary).toMatch(/Departs .*21:00, Jordan Time(?! \()/)
    expect(itinerary).toMatch(/Arrives .*04:15, India Standard Time(?! \()/)
    expect(itinerary).not.toContain('Asia/')
    await page.getByText(/The stay would outlast the e-Medical visa/).waitFor()
    await expectNoAxeViolations(page, 'family itinerary')

    await page.getByLabel(/A doctor’s letter and prescriptions/).check()
    await page.getByRole('button', { name: 'Save the checklist' }).click()
    await page.getByText('The checklist is saved.').waitFor()
    await page.getByText('1 of 15 done').waitFor()
    // The family reads the plan but has no form to change it.
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0)

    const ics = await sessions.patient.send(`/cases/${caseId}/itinerary.ics`)
    expect(ics.status).toBe(200)
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/)
    const body = await ics.text()
    expect(body).toContain('DTSTART;TZID=Asia/Amman:20270201T210000')
    expect(body).toContain('DTEND;TZID=Asia/Kolkata:20270202T041500')
    expect(body).toContain('BEGIN:VTIMEZONE')
  })

  test('with JavaScript on, the case, trip and itinerary pages hydrate as the server sent them', async () => {
    const pages: [keyof typeof sessions, string][] = [
      ['coordinator', `/coordinator/cases/${caseId}`],
      ['coordinator', `/coordinator/cases/${caseId}/trip`],
      ['patient', `/patient/cases/${caseId}/itinerary`],
      ['patient', `/patient/cases/${caseId}/treatment`],
      ['lotusDoctor', `/clinic/referrals/${caseId}/itinerary`],
      ['lotusDoctor', `/clinic/referrals/${caseId}/treatment`],
    ]
    const errors: string[] = []
    for (const [who, path] of pages) errors.push(...(await hydrationErrors(who, path)))
    expect(errors).toEqual([])
  })
})
