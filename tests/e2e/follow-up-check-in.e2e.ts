import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { anAcceptedPlan, planSessions, type PlanSessions, treatmentPlan } from './support/accepted-plan.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { signedInPage } from './support/signed-in.ts'
import { aSessionGiven, arrivedAsAtHome, dischargedOn } from './support/treated-case.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 17, follow-up (ADR 0065), with JavaScript off. Over plain HTTP the
// plan is accepted and the clinic records arrival (40, as at home), one
// session and the discharge, which makes the follow-up plan. Then, in the
// browser, the demo caregiver fills a check-in on the one-question pages for
// the patient (an FVC out of range is refused on its field first), the
// case page's outcome chart shows the new score, and the coordinator closes
// the case once the box saying so is ticked.
const caseId = demoIds.case.routed
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: PlanSessions & { caregiver: HttpSession } = {} as never
const today = new Date().toISOString().slice(0, 10)

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  Object.assign(sessions, await planSessions(app.url))
  sessions.caregiver = await new HttpSession(app.url).signIn(demoIds.email.caregiver)
  // Accepted, assessed without a large change, treated once, discharged today.
  await anAcceptedPlan(sessions, caseId, treatmentPlan)
  await arrivedAsAtHome(sessions, caseId, today)
  await aSessionGiven(sessions, caseId, today)
  await dischargedOn(sessions, caseId, today)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const pageOf = async (who: keyof typeof sessions): Promise<Page> =>
  (await signedInPage(browser, app.url, sessions[who], { javaScriptEnabled: false })).page

describe('a check-in by phone, with JavaScript on', () => {
  test('each question starts unanswered, not with the answer given to the one before', async () => {
    const { page, context } = await signedInPage(browser, app.url, sessions.coordinator)
    const base = `${app.url}/coordinator/cases/${caseId}/follow-up/check-in`
    const next = () => page.getByRole('button', { name: 'Save and continue' }).click()
    await page.goto(`${base}/who`)
    await page.getByLabel('The patient, answering for themselves').check()
    await next()
    await page.waitForURL(`${base}/feeding`)
    await page.getByLabel('By mouth, ordinary food').check()
    await next()
    await page.waitForURL(`${base}/item-1`)
    await page.locator('input[name="answer"][value="1"]').check()
    await next()
    await page.waitForURL(`${base}/item-2`)
    // Client navigation reuses the radios: the answer to speech must not stand as the answer to salivation.
    // (The address changes a moment before the new page renders: asked until it has.)
    await expect.poll(() => page.locator('input[name="answer"]:checked').count()).toBe(0)
    await next()
    await page.locator('.error-summary').waitFor()
    expect(new URL(page.url()).pathname).toBe(new URL(`${base}/item-2`).pathname)
    await context.close()
  })
})

describe('a follow-up check-in, with JavaScript off', () => {
  test('a caregiver answers for the patient, page by page, and the chart shows the new score', async () => {
    const page = await pageOf('caregiver')
    await page.goto(`${app.url}/patient/cases/${caseId}/follow-up`)
    expect(await page.getByTestId('follow-up-plan').innerText()).toContain('1 month after treatment')
    await expectNoAxeViolations(page, 'family follow-up plan')
    const next = () => page.getByRole('button', { name: 'Save and continue' }).click()

    await page.getByRole('link', { name: 'Start a check-in' }).click()
    await page.getByRole('heading', { name: 'Who is answering the questions?' }).waitFor()
    await page.getByLabel('A caregiver, on the patient’s behalf').check()
    await next()
    await page.getByLabel('By mouth, ordinary food').check()
    await next()
    // The intake's own ALSFRS-R pages, speaking about the patient.
    await page.getByRole('heading', { name: 'How is their speech?' }).waitFor()
    await expectNoAxeViolations(page, 'check-in ALSFRS-R item')
    for (let item = 0; item < 12; item++) {
      await page.locator('input[name="answer"][value="3"]').check()
      await next()
    }
    // Item 12 at 3 (intermittent use of a mask ventilator) with "no breathing machine" contradicts.
    await page.getByLabel('No breathing machine').check()
    await next()
    await page.getByRole('link', { name: /does not match the earlier answer about respiratory/ }).waitFor()
    expect(await page.getByLabel('No breathing machine').isChecked()).toBe(true)
    await expectNoAxeViolations(page, 'check-in breathing contradiction refused')
    await page.getByLabel('A mask ventilator (NIV) for part of the day or night').check()
    await next()

    await page.getByLabel('FVC, % predicted').fill('200')
    await next()
    await page.getByRole('link', { name: 'Enter FVC as a number from 0 to 150' }).waitFor()
    expect(await page.getByLabel('FVC, % predicted').inputValue()).toBe('200')
    await expectNoAxeViolations(page, 'check-in measures refused')
    await page.getByLabel('FVC, % predicted').fill('70')
    await next()
    await page.getByLabel('Changes to medicines (optional)').fill('Started baclofen')
    await next()

    await page.getByRole('heading', { name: 'Check the answers before sending' }).waitFor()
    await expectNoAxeViolations(page, 'check-in check answers')
    await page.getByRole('button', { name: 'Send the check-in' }).click()
    await page.getByText('Check-in sent. Thank you.').waitFor()
    const checkIns = await page.getByTestId('check-ins').innerText()
    expect(checkIns).toContain('A caregiver, for the patient')
    expect(checkIns).toContain('36')

    // The chart: home 40, arrival 40, then this check-in's 36.
    await page.goto(`${app.url}/patient/cases/${caseId}`)
    const table = await page.getByTestId('outcome-table').innerText()
    expect(table).toContain('36')
    expect(await page.getByTestId('outcome-table').locator('tbody tr').count()).toBe(3)
    // The discharge put the case in follow-up, and the family's page says what that means.
    expect(await page.getByTestId('next-step').innerText()).toContain('You are home, in follow-up.')

    // The coordinator closes the case, ticking the box that says it is for good.
    const coordinator = await pageOf('coordinator')
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    await coordinator.getByRole('button', { name: 'Close the case' }).click()
    await coordinator.getByRole('link', { name: 'Tick the box to confirm the case can be closed' }).waitFor()
    await expectNoAxeViolations(coordinator, 'coordinator closing a case, unconfirmed')
    await coordinator.getByLabel('Follow-up is finished and the case can be closed').check()
    await coordinator.getByRole('button', { name: 'Close the case' }).click()
    await coordinator.getByText('The case is now: Closed').waitFor()

    // A closed case takes no more check-ins: its visits not done read as cancelled.
    await page.goto(`${app.url}/patient/cases/${caseId}/follow-up`)
    expect(await page.getByTestId('follow-up-plan').innerText()).toContain('Cancelled')
    expect(await page.getByRole('link', { name: 'Start a check-in' }).count()).toBe(0)
  })
})
