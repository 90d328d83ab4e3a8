import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 16, reports from the public (ADR 0059), with JavaScript off: a
// visitor reports a listing from its profile; a refused form keeps what was
// typed; the thank-you page gives a reference; the demo reviewer finds the
// report in the queue and closes it. The transparency page is in the footer.
const slug = demoIds.providerSlug.lotusNeuro
const DETAILS = 'The protocol promises that patients walk again after the course.'
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
let reviewer: HttpSession

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  reviewer = await new HttpSession(app.url).signIn(demoIds.email.reviewer)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function pageOf(session?: HttpSession, locale = 'en'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const cookies = (session?.cookie().split('; ') ?? []).filter(Boolean).map((c) => {
    const i = c.indexOf('=')
    return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
  })
  await context.addCookies([...cookies, { name: 'waypoint_lang', value: locale, url: app.url }])
  return context.newPage()
}

describe('reporting a listing, with JavaScript off', () => {
  test('a visitor reports a listing from its profile; a reviewer closes the report', async () => {
    const visitor = await pageOf()
    await visitor.goto(`${app.url}/providers/${slug}`)
    await visitor.getByRole('link', { name: 'Report this listing' }).click()
    await visitor.getByRole('heading', { level: 1, name: 'Report this listing' }).waitFor()
    await expectNoAxeViolations(visitor, 'report form')

    // A form with problems comes back with every message and what was typed.
    await visitor.getByLabel('What did you see?').fill('Too short')
    await visitor.getByLabel('A link to your evidence').fill('javascript:alert(1)')
    await visitor.getByRole('button', { name: 'Send the report' }).click()
    await visitor.getByRole('link', { name: 'Choose what is wrong with the listing' }).waitFor()
    expect(await visitor.title()).toMatch(/^Error: /)
    await visitor.getByRole('link', { name: /Enter a web address that starts with https:\/\// }).waitFor()
    expect(await visitor.getByLabel('What did you see?').inputValue()).toBe('Too short')
    expect(await visitor.getByLabel('A link to your evidence').inputValue()).toBe('javascript:alert(1)')
    await expectNoAxeViolations(visitor, 'report form with errors')

    await visitor.getByRole('radio', { name: 'An unproven treatment sold as care' }).check()
    await visitor.getByLabel('What did you see?').fill(DETAILS)
    await visitor.getByLabel('A link to your evidence').fill('https://example.com/advert')
    await visitor.getByLabel('Your email address').fill('worried.family@example.test')
    await visitor.getByRole('button', { name: 'Send the report' }).click()
    await visitor.getByRole('heading', { level: 1, name: 'Thank you: we have your report' }).waitFor()
    const reference = /R-[0-9A-F]{8}/.exec(await visitor.locator('main').innerText())?.[0]
    expect(reference).toBeDefined()
    await visitor.getByText('We have emailed you to confirm it.').waitFor()
    await expectNoAxeViolations(visitor, 'report thanks')

    // The footer leads to how Waypoint checks, ranks and earns, and its section on reports.
    await visitor.getByRole('link', { name: 'How we handle reports' }).click()
    await visitor.getByRole('heading', { level: 1, name: 'How Waypoint checks, ranks and earns' }).waitFor()
    await visitor.getByRole('heading', { level: 2, name: 'Reporting a listing' }).waitFor()
    await expectNoAxeViolations(visitor, 'how we work')

    // The reviewer finds it, reads it and closes it.
    const desk = await pageOf(reviewer)
    await desk.goto(`${app.url}/reviewer`)
    await desk.getByRole('link', { name: 'Reports from the public' }).click()
    expect(await desk.getByTestId('report-counts').innerText()).toContain('1 new')
    await expectNoAxeViolations(desk, 'reviewer reports queue')
    await desk.getByRole('link', { name: reference! }).click()
    await desk.getByText(DETAILS).waitFor()
    expect(await desk.locator('main').innerText()).not.toContain('worried.family@example.test')
    await expectNoAxeViolations(desk, 'reviewer report')
    await desk.getByRole('button', { name: 'Take this report' }).click()
    await desk.getByText('You have taken this report').waitFor()
    await desk.getByRole('button', { name: 'Close the report' }).click()
    await desk.getByRole('link', { name: 'Choose what came of the report' }).waitFor()
    await desk.getByRole('radio', { name: 'The listing was changed.' }).check()
    await desk
      .getByLabel('A note for other reviewers (optional)')
      .fill('Asked the clinic to remove the claim.')
    await desk.getByRole('button', { name: 'Close the report' }).click()
    await desk.getByText('The report is closed').waitFor()
    await expectNoAxeViolations(desk, 'reviewer report closed')
    await desk.goto(`${app.url}/reviewer/reports`)
    expect(await desk.getByTestId('report-counts').innerText()).toContain('1 closed')
  })

  test('the footer links to the transparency page, in Arabic too', async () => {
    const visitor = await pageOf(undefined, 'ar')
    await visitor.goto(`${app.url}/`)
    await visitor.getByRole('link', { name: 'كيف يتحقّق Waypoint ويرتّب ويكسب' }).click()
    await visitor.getByRole('heading', { level: 1, name: 'كيف يتحقّق Waypoint ويرتّب ويكسب' }).waitFor()
    expect(await visitor.locator('html').getAttribute('dir')).toBe('rtl')
    await expectNoAxeViolations(visitor, 'how we work (ar)')
  })

  test('a listing that is not public has no report form', async () => {
    const response = await fetch(`${app.url}/providers/${demoIds.providerSlug.sunrise}/report`)
    expect(response.status).toBe(404)
  })
})
