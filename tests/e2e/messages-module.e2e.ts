import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// The viewer's catalogue travels as a module of its own, named by its content
// and cached by the browser (ADR 0022), instead of inside every page's HTML.
let app: Awaited<ReturnType<typeof startApp>>
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.stop()
})

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(app.url + path, { headers })
  const html = await response.text()
  const href = /<link rel="(?:held-)?modulepreload"[^>]* href="(\/i18n\/[^"]+)" data-messages=""/.exec(
    html,
  )?.[1]
  return { response, html, href }
}

/** A tab whose script errors are collected, to be asserted empty. */
async function watchedTab(browser: Browser): Promise<{ tab: Page; errors: string[] }> {
  const tab = await (await browser.newContext({ locale: 'en-GB' })).newPage()
  const errors: string[] = []
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  tab.on('pageerror', (e) => errors.push(e.message))
  return { tab, errors }
}

describe('the catalogue module', () => {
  test('a page links its language’s catalogue, which is cached for a year and not repeated in the page', async () => {
    const english = await page('/how-we-rank', { 'accept-language': 'en' })
    const french = await page('/how-we-rank', { 'accept-language': 'fr' })
    expect(english.href).toMatch(/^\/i18n\/en\.[0-9a-f]{12}\.js$/)
    expect(french.href).toMatch(/^\/i18n\/fr\.[0-9a-f]{12}\.js$/)

    const module = await fetch(app.url + english.href)
    expect(module.status).toBe(200)
    expect(module.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(module.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const body = await module.text()
    // A catalogue message: in the catalogue, not repeated in a page that does not show it.
    expect(body).toContain('Only offers that pass our listing policy')
    expect(english.html).not.toContain('Only offers that pass our listing policy')
    // A case page's words go to those who can open a case, not to every visitor.
    expect(body).not.toContain('Where this case is:')
    const member = await new HttpSession(app.url).signIn(demoIds.email.patient)
    const memberHref = await page('/how-we-rank', { cookie: member.cookie() }).then((p) => p.href)
    expect(memberHref).toMatch(/^\/i18n\/en\.[0-9a-f]{12}\.js$/)
    expect(memberHref).not.toBe(english.href)
    const memberBody = await (await fetch(app.url + memberHref)).text()
    expect(memberBody).toContain('Where this case is:')
    expect(memberBody.length).toBeGreaterThan(body.length * 1.5)
    // The PDF summary's and the emails' words are the server's alone.
    expect(body).not.toContain('Relationship to the patient')
    expect(body).not.toContain('summary.pageOf')
    expect(body).not.toContain('email.caseMessage')
    // The questionnaire's wording comes with the pages that ask it.
    expect(body).not.toContain('alsfrs.item.1.question')
    expect(await (await fetch(app.url + french.href)).text()).toContain('Seules les offres conformes')
    const memberInFrench = await page('/how-we-rank', { cookie: `${member.cookie()}; waypoint_lang=fr` })
    expect(await (await fetch(app.url + memberInFrench.href)).text()).toContain('Où en est ce dossier')
  })

  test('an old version still gets today’s whole catalogue, revalidated; anything else is not found', async () => {
    const member = await new HttpSession(app.url).signIn(demoIds.email.patient)
    const { href } = await page('/', { cookie: member.cookie() })
    const current = await (await fetch(app.url + href)).text()
    const old = await fetch(app.url + '/i18n/en.000000000000.js')
    expect(old.status).toBe(200)
    expect(old.headers.get('cache-control')).toBe('no-cache')
    expect(await old.text()).toBe(current)
    for (const path of [
      '/i18n/xx.000000000000.js',
      '/i18n/en.js',
      '/i18n/en.0000.js',
      '/i18n/..%2Fpackage.json',
    ])
      expect((await fetch(app.url + path)).status, path).toBe(404)
  })

  test('in Chromium, a new language loads its catalogue and client navigation speaks it', async () => {
    const browser = await launchBrowser()
    try {
      const { tab, errors } = await watchedTab(browser)
      await tab.goto(app.url + '/how-we-rank')
      await tab.waitForLoadState('networkidle')
      await tab.getByRole('button', { name: 'Français' }).click()
      await tab.waitForFunction(() => document.documentElement.lang === 'fr')
      await tab.waitForLoadState('networkidle')
      await tab.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
      // Rendered in the browser from the French module, the page must read as the server renders it.
      await tab.locator('a[href="/providers"]').first().click()
      await tab.waitForURL(/\/providers$/)
      const heading = 'Trouver et comparer des prestataires'
      await tab.getByRole('heading', { level: 1, name: heading }).waitFor()
      expect(await tab.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true)
      const server = await page('/providers', { cookie: 'waypoint_lang=fr' })
      expect(server.html).toContain(`>${heading}</h1>`)
      expect(await tab.locator('main').innerText()).toContain('Seules les offres conformes')
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  })

  test('in Chromium, signing in from a visitor’s page loads the member’s words without reloading the page', async () => {
    const browser = await launchBrowser()
    try {
      const { tab, errors } = await watchedTab(browser)
      const modules: string[] = []
      tab.on('request', (r) => {
        if (r.url().includes('/i18n/')) modules.push(new URL(r.url()).pathname)
      })
      await tab.goto(app.url + '/sign-in')
      await tab.waitForLoadState('networkidle')
      expect(modules).toHaveLength(1)
      await tab.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
      await tab.getByLabel('Email address').fill(demoIds.email.patient)
      await tab.getByLabel('Password', { exact: true }).fill(demoIds.password)
      await tab.locator('main').getByRole('button', { name: 'Sign in', exact: true }).click()
      await tab.waitForURL(/\/patient$/)
      // The dashboard speaks of cases: words the visitor's module does not hold.
      await tab.getByRole('button', { name: 'Start a new case' }).waitFor()
      expect(await tab.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true)
      expect(new Set(modules).size).toBe(2)
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
