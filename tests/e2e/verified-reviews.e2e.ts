import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { anAcceptedPlan, planSessions, type PlanSessions, treatmentPlan } from './support/accepted-plan.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { signedInPage } from './support/signed-in.ts'
import { aSessionGiven, arrivedAsAtHome } from './support/treated-case.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Verified reviews (issue 17, ADR 0068), with JavaScript off. The plan is
// accepted and one session recorded over plain HTTP (the treatment course's
// own test covers those pages); then, in the browser, the family's review is
// refused on its field, sent, rejected, mended and sent again, a reviewer publishes it, the provider
// page shows it with the month of treatment, the clinic's desk replies once,
// and someone not signed in reports it.
const caseId = demoIds.case.routed
const slug = demoIds.providerSlug.lotusNeuro
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: PlanSessions & Record<'desk' | 'reviewer', HttpSession> = {} as never

const today = new Date().toISOString().slice(0, 10)

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  Object.assign(sessions, await planSessions(app.url))
  sessions.desk = await new HttpSession(app.url).signIn(demoIds.email.clinic)
  sessions.reviewer = await new HttpSession(app.url).signIn(demoIds.email.reviewer)
  // An accepted plan at Lotus, an assessment on arrival like home, and one session.
  await anAcceptedPlan(sessions, caseId, treatmentPlan)
  await arrivedAsAtHome(sessions, caseId, today)
  await aSessionGiven(sessions, caseId, today)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const pageOf = async (who: keyof typeof sessions | null): Promise<Page> =>
  who
    ? (await signedInPage(browser, app.url, sessions[who], { javaScriptEnabled: false })).page
    : (await browser.newContext({ javaScriptEnabled: false })).newPage()

describe('verified reviews, with JavaScript off', () => {
  test('written, published by a reviewer, shown, replied to once, reported by anyone', async () => {
    const family = await pageOf('patient')
    await family.goto(`${app.url}/patient/cases/${caseId}/reviews`)
    await family.getByRole('heading', { name: /Write a review of/ }).waitFor()
    await expectNoAxeViolations(family, 'family reviews page')
    await family.getByLabel('Your review', { exact: true }).fill('Too short')
    await family.getByRole('button', { name: 'Send the review' }).click()
    await family.getByRole('link', { name: 'Write at least 30 characters' }).waitFor()
    expect(await family.getByLabel('Your review', { exact: true }).inputValue()).toBe('Too short')
    await expectNoAxeViolations(family, 'family review refused')
    const text =
      'The desk met us at the airport, the room had power for the ventilator, and every step was explained.'
    // The first version names the nurse: a reviewer rejects it, and the family
    // finds it in the form to mend, not to write again.
    await family.getByLabel('Your review', { exact: true }).fill(`${text} Nurse Asha Rao was kind.`)
    await family.getByLabel('4 out of 5').check()
    await family.getByRole('button', { name: 'Send the review' }).click()
    await family.getByText('Your review has been sent').waitFor()
    await family.getByText('Waiting for a reviewer').waitFor()

    const reviewer = await pageOf('reviewer')
    const firstDecision = async () => {
      await reviewer.goto(`${app.url}/reviewer/reviews`)
      await reviewer.getByRole('region', { name: 'Waiting for a decision' }).getByRole('link').first().click()
    }
    await firstDecision()
    await reviewer.getByText('Nurse Asha Rao').first().waitFor()
    await reviewer.getByLabel(/It contains personal details/).check()
    await reviewer.getByRole('button', { name: 'Reject the review' }).click()
    await family.goto(`${app.url}/patient/cases/${caseId}/reviews`)
    await family.getByText(/change what the reviewer asked about/).waitFor()
    const box = family.getByLabel('Your review', { exact: true })
    expect(await box.inputValue()).toBe(`${text} Nurse Asha Rao was kind.`)
    expect(await family.getByRole('radio', { name: '4 out of 5' }).isChecked()).toBe(true)
    await box.fill(text)
    await family.getByRole('button', { name: 'Send the review' }).click()
    await family.getByText('Your review has been sent').waitFor()

    await reviewer.goto(`${app.url}/reviewer/reviews`)
    await expectNoAxeViolations(reviewer, 'reviewer queue')
    await firstDecision()
    await reviewer.getByText(text).waitFor()
    await expectNoAxeViolations(reviewer, 'reviewer review')
    await reviewer.getByRole('button', { name: 'Publish this review' }).click()
    await reviewer.getByText('Published. The clinic’s page shows it now.').waitFor()
    const reviewUrl = reviewer.url().split('?')[0]!

    const visitor = await pageOf(null)
    await visitor.goto(`${app.url}/providers/${slug}`)
    const card = visitor.locator('article', { hasText: text })
    await card.getByText('Verified: treated through Waypoint').waitFor()
    expect(await card.innerText()).toMatch(/Treated in \w+ \d{4}/)
    await expectNoAxeViolations(visitor, 'provider page with a review')

    const desk = await pageOf('desk')
    await desk.goto(`${app.url}/clinic/reviews`)
    await desk
      .getByRole('link', { name: /Reply to this review/ })
      .first()
      .click()
    await desk.getByLabel('Your reply', { exact: true }).fill('Thank you for your trust.')
    await desk.getByRole('button', { name: 'Publish the reply' }).click()
    await desk.getByText('Thank you for your trust.').waitFor()
    expect(await desk.getByRole('link', { name: /Reply to this review/ }).count()).toBe(0)

    await visitor.goto(`${app.url}/providers/${slug}`)
    await card.getByText('Thank you for your trust.').waitFor()
    await card.getByRole('link', { name: 'Report this review' }).click()
    await expectNoAxeViolations(visitor, 'report a review')
    await visitor.getByRole('button', { name: 'Send the report' }).click()
    await visitor.getByRole('link', { name: 'Choose what is wrong with the review' }).waitFor()
    await visitor.getByLabel('I think it is not genuine').check()
    await visitor.getByRole('button', { name: 'Send the report' }).click()
    await visitor.getByText('Thank you, your report has been sent').waitFor()

    await reviewer.goto(`${app.url}/reviewer/reviews`)
    await reviewer
      .getByRole('region', { name: 'Published reviews with reports' })
      .getByRole('link')
      .first()
      .waitFor()
    await reviewer.goto(reviewUrl)
    await reviewer.getByText('I think it is not genuine').waitFor()
  })
})
