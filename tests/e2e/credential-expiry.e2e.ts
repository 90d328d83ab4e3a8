import { execFileSync } from 'node:child_process'
import { cp } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp, templateDataDir } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 16 (ADR 0057), with JavaScript off: a credential whose last valid day
// was yesterday reads "Expired on" today on the public profile, beside when
// and how each credential was last verified; the reviewer finds it under
// "Re-verification due". The rows are written into the seeded data folder
// before the server opens it, as a reviewer's approval and the job leave them.
const root = path.resolve(import.meta.dirname, '../..')
const DAY_MS = 86_400_000
const today = new Date()
const isoDay = (d: Date) => d.toISOString().slice(0, 10)
const yesterday = isoDay(new Date(today.getTime() - DAY_MS))
const tenDaysAgo = new Date(today.getTime() - 10 * DAY_MS).toISOString()
const lotus = demoIds.provider.lotusNeuro

// Run by the server's own Node on the data folder: the same Drizzle schema the app uses.
const insertCredentials = `
import { openPglite } from '#server/db/client.ts'
import { accreditation } from '#server/db/schema/catalogue.ts'
import { credential } from '#server/db/schema/review.ts'
const [dataDir, lotus, yesterday, tenDaysAgo] = process.argv.slice(1)
const database = await openPglite(dataDir, 60_000)
const verifiedAt = new Date(tenDaysAgo)
await database.db.insert(credential).values([
  { id: 'e2e-nabh', providerId: lotus, kind: 'accreditation', issuer: 'NABH', reference: 'NABH-E2E-0042',
    validFrom: '2024-01-01', validTo: yesterday, reviewStatus: 'approved', verificationMethod: 'registry-checked',
    verifiedAt, standing: 'expired', expiredAt: new Date() },
  { id: 'e2e-ethics', providerId: lotus, kind: 'ethics-committee', issuer: 'CDSCO',
    reference: 'ECR/E2E/INST/2025', validTo: '2099-12-31', reviewStatus: 'approved',
    verificationMethod: 'public-directory-checked', verifiedAt },
])
await database.db.insert(accreditation).values({ id: 'e2e-nabh', providerId: lotus, accreditor: 'NABH',
  reference: 'NABH-E2E-0042', validFrom: '2024-01-01', validTo: yesterday, verification: 'verified',
  verifiedAt, verificationMethod: 'registry-checked' })
await database.close()
`

let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
let reviewer: HttpSession

beforeAll(async () => {
  app = await startApp({
    prepare: async (dataDir) => {
      await cp(templateDataDir, dataDir, { recursive: true })
      execFileSync(
        path.join(root, 'node_modules/.bin/node'),
        ['--input-type=module', '-e', insertCredentials, dataDir, lotus, yesterday, tenDaysAgo],
        { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: 'inherit' },
      )
    },
  })
  browser = await launchBrowser()
  reviewer = await new HttpSession(app.url).signIn(demoIds.email.reviewer)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function noJsPage(locale = 'en', session?: HttpSession): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const cookies = (session?.cookie() ?? '')
    .split('; ')
    .filter(Boolean)
    .map((c) => {
      const i = c.indexOf('=')
      return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
    })
  await context.addCookies([...cookies, { name: 'waypoint_lang', value: locale, url: app.url }])
  return context.newPage()
}

const longDate = (locale: string, day: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))

describe('an expired credential, with JavaScript off', () => {
  test('the public profile says since when, and when and how each credential was verified', async () => {
    const page = await noJsPage()
    await page.goto(`${app.url}/providers/${demoIds.providerSlug.lotusNeuro}`)
    const nabh = page.getByRole('row').filter({ hasText: 'NABH-E2E-0042' })
    expect(await nabh.innerText()).toContain(`Expired on ${longDate('en-GB', isoDay(today))}`)
    expect(await nabh.innerText()).toContain(
      `${longDate('en-GB', isoDay(new Date(tenDaysAgo)))}, Registry checked`,
    )
    const ethics = page.getByRole('row').filter({ hasText: 'ECR/E2E/INST/2025' })
    expect(await ethics.innerText()).toContain('Ethics committee registration')
    expect(await ethics.innerText()).toContain('Public directory checked')
    expect(await ethics.innerText()).toContain('Current')
    await expectNoAxeViolations(page, 'provider profile with an expired credential')
  })

  test('in French and Arabic too', async () => {
    const fr = await noJsPage('fr')
    await fr.goto(`${app.url}/providers/${demoIds.providerSlug.lotusNeuro}`)
    expect(await fr.getByRole('row').filter({ hasText: 'NABH-E2E-0042' }).innerText()).toContain('Expiré le')
    const ar = await noJsPage('ar')
    await ar.goto(`${app.url}/providers/${demoIds.providerSlug.lotusNeuro}`)
    expect(await ar.getByRole('row').filter({ hasText: 'NABH-E2E-0042' }).innerText()).toContain(
      'انتهت صلاحيتها في',
    )
    await expectNoAxeViolations(ar, 'provider profile with an expired credential (ar)')
  })

  test('the reviewer finds it under re-verification due', async () => {
    const page = await noJsPage('en', reviewer)
    await page.goto(`${app.url}/reviewer`)
    const due = page.getByTestId('reverification-due')
    const row = due.getByRole('row').filter({ hasText: 'NABH-E2E-0042' })
    expect(await row.innerText()).toContain('Lotus Neuro Care Hospital')
    expect(await row.innerText()).toContain(`Expired on ${longDate('en-GB', isoDay(today))}`)
    expect(await due.innerText()).not.toContain('ECR/E2E/INST/2025')
    await expectNoAxeViolations(page, 'reviewer home')
  })
})
