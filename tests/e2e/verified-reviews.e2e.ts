import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Verified reviews (issue 17, ADR 0068), with JavaScript off. The plan is
// accepted and one session recorded over plain HTTP (the treatment course's
// own test covers those pages); then, in the browser, the family's review is
// refused on its field and then sent, a reviewer publishes it, the provider
// page shows it with the month of treatment, the clinic's desk replies once,
// and someone not signed in reports it.
const caseId = demoIds.case.routed
const lotus = demoIds.provider.lotusNeuro
const slug = demoIds.providerSlug.lotusNeuro
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: Record<'coordinator' | 'lotusDoctor' | 'patient' | 'desk' | 'reviewer', HttpSession> =
  {} as never

const valueOf = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? ''
const today = new Date().toISOString().slice(0, 10)
const items = ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12']

/** An accepted plan at Lotus, an assessment on arrival like home, and one session. */
async function aTreatedCase() {
  const redirects = async (response: Promise<Response>) => expect((await response).status).toBe(303)
  await redirects(
    sessions.coordinator.send(`/coordinator/cases/${caseId}`, { form: { intent: 'send', providers: lotus } }),
  )
  const referral = await (await sessions.lotusDoctor.send(`/clinic/referrals/${caseId}`)).text()
  await redirects(
    sessions.lotusDoctor.send(`/clinic/referrals/${caseId}`, {
      form: { command: 'start-evaluation', version: valueOf(referral, 'version') },
    }),
  )
  const plan = await (await sessions.lotusDoctor.send(`/clinic/referrals/${caseId}/plan`)).text()
  await redirects(
    sessions.lotusDoctor.send(`/clinic/referrals/${caseId}/plan`, {
      form: {
        intent: 'send',
        version: valueOf(plan, 'version'),
        rows: '1',
        protocol: 'Multidisciplinary assessment and rehabilitation.',
        schedule: 'Days 1–5.',
        sessions: '2',
        lengthOfStayDays: '7',
        pretreatmentTests: 'Spirometry on arrival.',
        aftercare: 'A care plan for the home team.',
        currency: 'INR',
        validUntil: '2027-06-30',
        'lines.0.category': 'procedure',
        'lines.0.description': 'Assessment',
        'lines.0.quantity': '1',
        'lines.0.unitPrice': '150000',
      },
    }),
  )
  const quotes = await (await sessions.patient.send(`/patient/cases/${caseId}/quotes`)).text()
  await redirects(
    sessions.patient.send(`/patient/cases/${caseId}/quotes`, {
      form: {
        referral: valueOf(quotes, 'referral'),
        quote: valueOf(quotes, 'quote'),
        version: valueOf(quotes, 'version'),
      },
    }),
  )
  const treatment = `/clinic/referrals/${caseId}/treatment`
  // The demo intake's own scores (content/demo/cases.json), so the assessment finds no large change.
  const homeScores = ['4', '4', '4', '3', '3', '3', '3', '2', '2', '4', '4', '4']
  await redirects(
    sessions.lotusDoctor.send(treatment, {
      form: {
        intent: 'assessment',
        'a.date': today,
        'a.fvc': '80',
        'a.weight': '60',
        ...Object.fromEntries(items.map((i, n) => [`a.alsfrs-${i}`, homeScores[n]!])),
      },
    }),
  )
  const session = await sessions.lotusDoctor.send(treatment, {
    form: {
      intent: 'session',
      's.date': today,
      's.procedure': 'Assessment',
      's.route': 'other',
      's.dose': '',
      's.doctor': 'Dr A. Rao',
    },
  })
  if (session.status !== 303) {
    // A large change paused the plan: both sides acknowledge it, then the session.
    await sessions.coordinator.send(`/coordinator/cases/${caseId}/treatment`, {
      form: { intent: 'acknowledge' },
    })
    await sessions.patient.send(`/patient/cases/${caseId}/treatment`, { form: { intent: 'acknowledge' } })
    await redirects(
      sessions.lotusDoctor.send(treatment, {
        form: {
          intent: 'session',
          's.date': today,
          's.procedure': 'Assessment',
          's.route': 'other',
          's.dose': '',
          's.doctor': 'Dr A. Rao',
        },
      }),
    )
  }
}

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  sessions.coordinator = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
  sessions.lotusDoctor = await new HttpSession(app.url).signIn(demoIds.email.lotusDoctor)
  sessions.patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
  sessions.desk = await new HttpSession(app.url).signIn(demoIds.email.clinic)
  sessions.reviewer = await new HttpSession(app.url).signIn(demoIds.email.reviewer)
  await aTreatedCase()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function pageOf(who: keyof typeof sessions | null): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  if (who)
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
    await family.getByLabel('Your review', { exact: true }).fill(text)
    await family.getByLabel('4 out of 5').check()
    await family.getByRole('button', { name: 'Send the review' }).click()
    await family.getByText('Your review has been sent').waitFor()
    await family.getByText('Waiting for a reviewer').waitFor()

    const reviewer = await pageOf('reviewer')
    await reviewer.goto(`${app.url}/reviewer/reviews`)
    await expectNoAxeViolations(reviewer, 'reviewer queue')
    await reviewer.getByRole('region', { name: 'Waiting for a decision' }).getByRole('link').first().click()
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
