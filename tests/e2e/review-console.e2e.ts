import { cp } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readConfig } from '#server/config.ts'
import { startRuntime } from '#server/runtime.ts'
import { demoIds } from '#server/seed/demo-ids.ts'
import { aSubmittedClinic, aSubmittedCredential, aSubmittedOffer } from '#tests/fixtures/review-builders.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp, templateDataDir } from './support/server.ts'

// Issue 16, the reviewer console (ADR 0054), with JavaScript off: the demo
// reviewer signs in with two-step sign-in, approves a clinic that applied,
// its accreditation with how it was verified, and its offer; only then does
// the offer appear on the public profile.
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
let reviewer: HttpSession
let submitted: {
  clinic: Awaited<ReturnType<typeof aSubmittedClinic>>
  credential: Awaited<ReturnType<typeof aSubmittedCredential>>
  offer: Awaited<ReturnType<typeof aSubmittedOffer>>
  blocked: Awaited<ReturnType<typeof aSubmittedOffer>>
}

beforeAll(async () => {
  app = await startApp({
    // Cached public pages live long here, so only a purge can explain a fresh one after a decision.
    env: { PAGE_CACHE_SECONDS: '600' },
    // The demo data, plus what a clinic would have submitted, written before the server opens the folder.
    prepare: async (dataDir) => {
      await cp(templateDataDir, dataDir, { recursive: true })
      const rt = await startRuntime(
        readConfig({
          NODE_ENV: 'test',
          DATA_DIR: dataDir,
          DATABASE_URL: '',
          LOG_LEVEL: 'silent',
          SEED_DEMO: 'never',
          PORT: '3998',
        }),
      )
      try {
        const clinic = await aSubmittedClinic(rt)
        submitted = {
          clinic,
          credential: await aSubmittedCredential(rt, clinic.id),
          offer: await aSubmittedOffer(rt, clinic.id),
          blocked: await aSubmittedOffer(rt, clinic.id, { verdict: 'blocked' }),
        }
      } finally {
        await rt.stop()
      }
    },
  })
  browser = await launchBrowser()
  reviewer = await new HttpSession(app.url).signIn(demoIds.email.reviewer)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A browser page with JavaScript off, signed in as the session's person or nobody. */
async function pageOf(session: HttpSession | null): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  if (session) {
    await context.addCookies(
      session
        .cookie()
        .split('; ')
        .map((c) => {
          const i = c.indexOf('=')
          return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
        }),
    )
  }
  return context.newPage()
}

async function decide(page: Page, decision: string) {
  await page.getByLabel(decision, { exact: true }).check()
  await page.getByRole('button', { name: 'Record the decision' }).click()
}

describe('the reviewer console, with JavaScript off', () => {
  test('an offer the policy holds back offers no "Approve", and says why', async () => {
    const page = await pageOf(reviewer)
    await page.goto(`${app.url}/reviewer/items/offer/${submitted.blocked.id}`)
    await page.getByText('The listing policy holds this offer back, so it cannot be approved').waitFor()
    expect(await page.getByLabel('Approve', { exact: true }).count()).toBe(0)
    expect(await page.getByLabel('Reject', { exact: true }).count()).toBe(1)
    await expectNoAxeViolations(page, 'offer held back by the policy')
  })

  test('a reviewer approves a clinic, its accreditation and its offer, which then goes public', async () => {
    const visitor = await pageOf(null)
    const profile = `${app.url}/providers/${submitted.clinic.slug}`
    expect((await visitor.goto(profile))!.status()).toBe(404)
    // A public search page, cached for anonymous visitors before any decision.
    const search = `${app.url}/providers?country=IN`
    const cache = async () => (await fetch(search)).headers.get('x-waypoint-cache')
    await cache()
    expect(await cache()).toBe('hit')

    const page = await pageOf(reviewer)
    await page.goto(`${app.url}/reviewer`)
    await expectNoAxeViolations(page, 'reviewer home')
    await page.getByRole('link', { name: /^New clinics \(\d+\)$/ }).click()
    await expectNoAxeViolations(page, 'new clinics queue')
    await page.getByRole('link', { name: submitted.clinic.name }).click()
    await expectNoAxeViolations(page, 'clinic to review')
    await decide(page, 'Approve')
    await page.getByText('Your decision is recorded.').waitFor()

    // The credential: its document is there to read, and approving needs a method.
    await page.goto(`${app.url}/reviewer/queues/credentials`)
    await page
      .getByRole('link', { name: /^JCI JCI-/ })
      .first()
      .waitFor()
    await page.goto(`${app.url}/reviewer/items/credential/${submitted.credential.id}`)
    const download = await reviewer.send(`/reviewer/documents/${submitted.credential.documentId}`)
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).equals(submitted.credential.bytes)).toBe(true)
    expect(await page.getByRole('link', { name: 'Download jci-certificate.pdf' }).count()).toBe(1)
    await expectNoAxeViolations(page, 'credential to review')
    await page.getByLabel('What you checked (optional)').fill('JCI directory, entry checked today')
    await decide(page, 'Approve')
    await page.getByRole('link', { name: 'Choose how you verified this credential' }).waitFor()
    // What was typed is kept on the refused form.
    expect(await page.getByLabel('What you checked (optional)').inputValue()).toBe(
      'JCI directory, entry checked today',
    )
    await expectNoAxeViolations(page, 'credential decision refused')
    await page.getByLabel('Public directory checked').check()
    await decide(page, 'Approve')
    await page.getByText('Your decision is recorded.').waitFor()
    const history = await page.locator('section[aria-labelledby="history"]').innerText()
    expect(history).toContain('Public directory checked: JCI directory, entry checked today')

    // The offer, with the policy's verdict beside it.
    await page.goto(`${app.url}/reviewer/queues/offers`)
    await page.getByRole('link', { name: submitted.offer.title }).click()
    expect(await page.locator('section[aria-labelledby="policy"]').innerText()).toContain(
      'Verdict: Passes the policy',
    )
    await decide(page, 'Approve')
    await page.getByText('Your decision is recorded.').waitFor()
    await expectNoAxeViolations(page, 'offer approved')

    // The decision dropped the cached pages: the search is rendered afresh and lists the clinic.
    expect(await cache()).toBe('miss')
    expect(await (await fetch(search)).text()).toContain(submitted.clinic.name)
    await visitor.goto(profile)
    expect(await visitor.locator('main').innerText()).toContain(submitted.offer.title)
    // A clinic that came through the console has no due-diligence list: it says so, not an empty list.
    expect(await visitor.locator('main').innerText()).toContain(
      'Our reviewers have not kept a checklist for this provider yet.',
    )
    await expectNoAxeViolations(visitor, 'public profile after approval')

    // The item and its history read right to left in Arabic, with no violations either.
    const arabic = await pageOf(reviewer)
    await arabic.context().addCookies([{ name: 'waypoint_lang', value: 'ar', url: app.url }])
    await arabic.goto(`${app.url}/reviewer/items/credential/${submitted.credential.id}`)
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl')
    await expectNoAxeViolations(arabic, 'credential in Arabic')
  })

  test('other people find no reviewer page', async () => {
    const patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
    for (const path of [
      '/reviewer/queues/offers',
      `/reviewer/items/offer/${submitted.offer.id}`,
      `/reviewer/documents/${submitted.credential.documentId}`,
    ]) {
      expect((await patient.send(path)).status, path).toBe(404)
    }
  })
})
