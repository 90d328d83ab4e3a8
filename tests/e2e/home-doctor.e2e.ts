import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 17, the home doctor's link (ADR 0066), with JavaScript off: the
// patient makes a link on the page beside the access log, the doctor (no
// account) reads the summary and downloads the FHIR Bundle, both reads show
// on the patient's side, and once revoked the link shows only "this link no
// longer works" (410).
const caseId = demoIds.case.sent
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

async function pageWithoutJs(session?: HttpSession): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  if (session)
    await context.addCookies(
      session
        .cookie()
        .split('; ')
        .map((c) => {
          const i = c.indexOf('=')
          return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
        }),
    )
  return context.newPage()
}

describe('the home doctor’s link, with JavaScript off', () => {
  test('the patient makes a link, the doctor reads it, the patient sees the reads and revokes it', async () => {
    const family = await pageWithoutJs(patient)
    await family.goto(`${app.url}/patient/cases/${caseId}/privacy`)
    await family.getByRole('link', { name: 'Share with your home doctor through a link you control' }).click()
    await family.getByRole('heading', { name: 'Share with your home doctor', level: 1 }).waitFor()

    // Refused on its field, nothing made.
    await family.getByRole('button', { name: 'Make the link' }).click()
    await family.getByRole('link', { name: 'Enter who the link is for' }).waitFor()
    await expectNoAxeViolations(family, 'home doctor links refused')

    await family.getByLabel('Who is the link for?').fill('Dr Martin, Lyon')
    await family.getByLabel('7 days').check()
    await family.getByRole('button', { name: 'Make the link' }).click()
    const url = await family.getByTestId('new-link').innerText()
    expect(url).toMatch(/\/home-doctor\/[A-Za-z0-9_-]{43}$/)
    const address = `${app.url}${new URL(url).pathname}`

    const doctor = await pageWithoutJs()
    const response = await doctor.goto(address)
    expect(response?.status()).toBe(200)
    const headers = response!.headers()
    expect(headers['cache-control']).toBe('no-store')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['x-robots-tag']).toContain('noindex')
    await doctor.getByRole('heading', { name: /^Clinical summary: / }).waitFor()
    // The tab says what the page is, as every page does.
    expect(await doctor.title()).toMatch(/^Clinical summary: .+ – Waypoint$/)
    await doctor.getByRole('heading', { name: 'Follow-up plan' }).waitFor()
    const text = await doctor.locator('main').innerText()
    expect(text).not.toMatch(/passport|message/i)
    await expectNoAxeViolations(doctor, 'home doctor page')

    const fhir = await fetch(`${address}/fhir`)
    expect(fhir.status).toBe(200)
    expect(fhir.headers.get('content-type')).toContain('application/fhir+json')
    const bundle = (await fhir.json()) as {
      resourceType: string
      entry: { resource: { resourceType: string } }[]
    }
    expect(bundle.resourceType).toBe('Bundle')
    expect(bundle.entry.map((e) => e.resource.resourceType)).toContain('CarePlan')

    // Both reads are on the patient's side.
    await family.reload()
    const accesses = family.getByRole('table', { name: 'When Dr Martin, Lyon’s link was opened' })
    await accesses.getByText('The summary page').waitFor()
    await accesses.getByText('The FHIR file').waitFor()
    await family.goto(`${app.url}/patient/cases/${caseId}/privacy`)
    await family.getByText('your home doctor, through your link').first().waitFor()

    await family.goto(`${app.url}/patient/cases/${caseId}/home-doctor`)
    await family.getByRole('button', { name: 'Revoke this link Dr Martin, Lyon' }).click()
    // Asked first, by name: until the family says yes, the doctor still reads.
    await family.getByRole('heading', { name: 'Revoke the link for Dr Martin, Lyon?' }).waitFor()
    await expectNoAxeViolations(family, 'revoke a home doctor link: the question')
    expect((await fetch(address)).status).toBe(200)
    await family.getByRole('button', { name: 'Yes, revoke the link Dr Martin, Lyon' }).click()
    await family.getByText('The link is revoked. It no longer opens anything.').waitFor()

    const gone = await doctor.goto(address)
    expect(gone?.status()).toBe(410)
    await doctor.getByRole('heading', { name: 'This link no longer works' }).waitFor()
    expect(await doctor.locator('main').innerText()).not.toContain('Follow-up plan')
    await expectNoAxeViolations(doctor, 'home doctor link gone')
    expect((await fetch(`${address}/fhir`)).status).toBe(410)
  })
})
