import { execFileSync } from 'node:child_process'
import { cp } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp, templateDataDir } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 3, must show 1, 3 and 4: the front door, without JavaScript, by URL.
const root = path.resolve(import.meta.dirname, '../..')
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser

beforeAll(async () => {
  app = await startApp({
    // 25 generated providers on top of the demo ones (a copy of the seeded
    // template, so only the generation runs here), so results span pages.
    prepare: async (dataDir) => {
      await cp(templateDataDir, dataDir, { recursive: true })
      execFileSync(path.join(root, 'node_modules/.bin/node'), ['scripts/seed.ts', '--scale', '25'], {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent', NODE_ENV: 'test' },
        stdio: 'ignore',
      })
    },
  })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function noJsPage(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  return context.newPage()
}

const blockedWords = [
  'Sunrise Regenerative Centre',
  'Stem cell therapy package',
  'Stem cell infusion programme',
  '85% success',
]

describe('the front door', () => {
  test('"stem cell ALS India" shows the honest guide and lawful options, never a paid package', async () => {
    const page = await noJsPage()
    await page.goto(app.url + '/')
    // Links that stand alone, a provider card's name and the footer's, are whole 44 px targets.
    const standalone = await page
      .locator('.card a, .site-footer a')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height))
    expect(standalone.length).toBeGreaterThan(3)
    expect(Math.min(...standalone)).toBeGreaterThanOrEqual(44)
    await page.getByRole('link', { name: 'Find providers' }).click()
    await page.getByLabel('Search', { exact: true }).fill('stem cell ALS India')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForURL(/\/providers\?q=stem\+cell\+ALS\+India/)
    const main = await page.locator('main').innerText()
    expect(main).toContain('Read this first: stem cells for ALS')
    expect(main).toContain('Lotus Neuro Care Hospital')
    for (const w of blockedWords) expect(main).not.toContain(w)
    await expectNoAxeViolations(page, 'search results')

    await page.getByRole('link', { name: 'Read our guide to stem cells for ALS' }).click()
    await page.waitForURL(/\/guides\/stem-cells-for-als$/)
    await expectNoAxeViolations(page, 'guide')
    // The contents are a list of links, each a whole target even at 320 px.
    const viewport = page.viewportSize()!
    await page.setViewportSize({ width: 320, height: 800 })
    const heights = await page
      .locator('.contents a')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height))
    expect(heights.length).toBeGreaterThan(0)
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
    await page.setViewportSize(viewport)

    await page.goto(app.url + `/providers/${demoIds.providerSlug.lotusNeuro}`)
    const profile = await page.locator('main').innerText()
    expect(profile).toContain('Taking part in a registered ALS cell therapy trial')
    expect(profile).toContain('CTRI/2025/03/012345')
    expect(profile).toContain('Due-diligence checklist')
    await expectNoAxeViolations(page, 'provider profile')

    // No public page leads to a blocked offer.
    for (const p of [
      '/',
      '/providers?q=stem+cell',
      '/providers?country=MX',
      '/providers?country=IN',
      '/sitemap.xml',
    ]) {
      const body = await (await fetch(app.url + p)).text()
      for (const w of blockedWords) expect(body, p).not.toContain(w)
    }
    expect((await fetch(app.url + `/providers/${demoIds.providerSlug.sunrise}`)).status).toBe(404)
  })

  test('a search can start from the home page, without JavaScript', async () => {
    const page = await noJsPage()
    await page.goto(app.url + '/')
    await page.getByRole('search').getByLabel('Search', { exact: true }).fill('breathing support')
    await page.getByRole('search').getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForURL(/\/providers\?q=breathing\+support$/)
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('breathing support')
    await page.goto(app.url + '/')
    await expectNoAxeViolations(page, 'home with its search')
  })

  test('in Arabic, the evidence and the provider’s own words say they are written in English', async () => {
    const html = await (
      await fetch(app.url + `/providers/${demoIds.providerSlug.lotusNeuro}`, {
        headers: { cookie: 'waypoint_lang=ar' },
      })
    ).text()
    // The evidence block: its heading, the hint, then the summary marked as English.
    expect(html).toMatch(
      /<h4 class="heading-s">[^<]+<\/h4><p class="hint">مكتوب باللغة الإنجليزية\.<\/p><p class="body" lang="en" dir="ltr">/,
    )
    const english = await (await fetch(app.url + `/providers/${demoIds.providerSlug.lotusNeuro}`)).text()
    expect(english).not.toContain('Written in English.')
  })

  test('filters, sorting and pagination work without JavaScript and live in the URL', async () => {
    const page = await noJsPage()
    await page.goto(app.url + '/providers')
    const first = await page.getByRole('heading', { level: 2, name: /providers match/ }).innerText()
    const total = Number(first.match(/\d+/)![0])
    expect(total).toBeGreaterThan(10)
    await page.getByRole('link', { name: 'Next page' }).click()
    await page.waitForURL(/page=2/)
    expect(await page.locator('main').innerText()).toContain('Page 2 of')
    await expectNoAxeViolations(page, 'search page 2')

    await page.getByLabel('Country').selectOption('DE')
    await page.getByLabel('Sort by').selectOption('price-low')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/country=DE/)
    expect(page.url()).toContain('sort=price-low')
    const shared = page.url()
    // The same URL in a fresh browser shows the same search.
    const again = await noJsPage()
    await again.goto(shared)
    expect(await again.getByLabel('Country').inputValue()).toBe('DE')
    expect(await again.locator('.result h3').allInnerTexts()).toEqual(
      await page.locator('.result h3').allInnerTexts(),
    )
    await expectNoAxeViolations(again, 'filtered search')
  })

  test('comparison of chosen offers works without JavaScript and by URL', async () => {
    const page = await noJsPage()
    await page.goto(app.url + `/providers/${demoIds.providerSlug.lotusNeuro}`)
    await page.getByRole('checkbox', { name: /Add to comparison.*Multidisciplinary/ }).check()
    await page.getByRole('checkbox', { name: /Add to comparison.*Taking part/ }).check()
    await page.getByRole('button', { name: 'Compare chosen offers' }).click()
    await page.waitForURL(/\/compare\?offer=/)
    const table = await page.locator('table').innerText()
    expect(table).toContain('Multidisciplinary ALS assessment and care plan')
    expect(table).toContain('Registered clinical trial')
    expect(table).toContain('This treatment is still being tested')
    await expectNoAxeViolations(page, 'compare')
    // A currency with no exchange rate: the page says the amounts are in US dollars, and why.
    const compared = page.url()
    await page.goto(`${compared}&currency=KWD`)
    expect(await page.locator('main').innerText()).toContain(
      'Approximate amounts are in US Dollar (USD) because we have no exchange rate for Kuwaiti Dinar (KWD).',
    )
    // The Jordanian dinar has one (pegged at 0.709 to the dollar): US$1,200 is about JOD 850.800.
    await page.goto(`${compared}&currency=JOD`)
    expect(await page.locator('main').innerText()).toMatch(/about JOD\s850\.800/)
    await expectNoAxeViolations(page, 'compare without a rate for the currency')
    await page.goto(
      app.url + `/compare?offer=${demoIds.offer.sunrisePackage}&offer=${demoIds.offer.rheinPeg}`,
    )
    const text = await page.locator('main').innerText()
    expect(text).toContain('Feeding tube assessment')
    expect(text).toContain('1 chosen offer is no longer listed.')
    expect(text).not.toContain('Stem cell therapy package')
  })

  test('a provider’s tables keep headers and tags in whole words on a tablet', async () => {
    const page = await noJsPage()
    await page.setViewportSize({ width: 800, height: 900 })
    await page.goto(app.url + '/providers/lotus-neuro-care-bengaluru')
    // A word wider than its cell has been broken inside ("Accredito|r", "Verifie|d").
    const split = await page.evaluate(() => {
      const broken: string[] = []
      for (const el of document.querySelectorAll<HTMLElement>('.table th, .tag')) {
        const probe = document.createElement('span')
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap'
        el.appendChild(probe)
        for (const word of el.innerText.split(/\s+/).filter(Boolean)) {
          probe.textContent = word
          if (probe.offsetWidth > el.clientWidth) broken.push(word)
        }
        probe.remove()
      }
      return broken
    })
    expect(split).toEqual([])
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
  })

  test('the condition page, the estimator and how we rank are accessible', async () => {
    const page = await noJsPage()
    await page.goto(app.url + '/conditions/als')
    expect(await page.locator('main').innerText()).toContain('NCT03280056')
    expect(await page.locator('main').innerText()).not.toContain('written in English')
    await expectNoAxeViolations(page, 'condition page')
    // In another language, the English-only evidence summaries are said to be English.
    await page.context().addCookies([{ name: 'waypoint_lang', value: 'fr', url: app.url }])
    await page.goto(app.url + '/conditions/als')
    await page.getByText('Les résumés des preuves ci-dessous sont rédigés en anglais.').waitFor()
    await page.context().addCookies([{ name: 'waypoint_lang', value: 'en', url: app.url }])
    await page.goto(app.url + '/cost-estimator')
    await page.getByLabel('Destination').selectOption('DE')
    await page.getByRole('button', { name: 'Estimate the cost' }).click()
    await page.waitForURL(/destination=DE/)
    expect(await page.locator('main').innerText()).toMatch(/Estimated total: .+ to .+/)
    await expectNoAxeViolations(page, 'estimator')
    // The flight's price follows a change of currency: US$700 is not read as ₹700.
    const usd = Number(await page.getByLabel(/^Return flight per person/).inputValue())
    await page.getByLabel('Currency').selectOption('INR')
    await page.getByRole('button', { name: 'Estimate the cost' }).click()
    await page.waitForURL(/currency=INR/)
    expect(Number(await page.getByLabel(/^Return flight per person/).inputValue())).toBeGreaterThan(usd * 50)
    // A refused price keeps the currency it was typed in, in its label too, so a second try reads it the same.
    await page.goto(app.url + '/cost-estimator?purpose=mdt&currency=INR&flightCurrency=USD&flight=99999999')
    expect(await page.getByLabel(/^Return flight per person/).inputValue()).toBe('99999999')
    await page.getByLabel(/^Return flight per person \(USD\)/).waitFor()
    // A number it cannot use is said on its field, kept as typed, and nothing is estimated from a stand-in.
    await page.goto(app.url + '/cost-estimator?purpose=mdt&sessions=abc&nights=-3')
    await page.getByRole('link', { name: 'Enter a whole number from 0 to 120' }).waitFor()
    await page.getByRole('link', { name: 'Enter a whole number from 1 to 20' }).waitFor()
    expect(await page.getByLabel('Nights in the city').inputValue()).toBe('-3')
    expect(await page.locator('main').innerText()).not.toMatch(/Estimated total/)
    await expectNoAxeViolations(page, 'estimator refused')
    await page.goto(app.url + '/how-we-rank')
    expect(await page.locator('main').innerText()).toContain('never ranks a provider by what it pays')
    await expectNoAxeViolations(page, 'how we rank')
  })

  test('bad input gives a clear message or an empty result, never a 500', async () => {
    const urls = [
      '/providers?page=-3',
      '/providers?page=99999999999',
      `/providers?q=${'x'.repeat(5000)}`,
      `/providers?q=${encodeURIComponent("' OR 1=1; drop table offer; --")}`,
      `/providers?q=${encodeURIComponent('<script>alert(1)</script>')}`,
      '/providers?currency=ZZZ&min=-5&max=abc',
      '/providers?country=XX&treatment=nope&sort=up&pathway=%00',
      '/compare?offer=' + 'a'.repeat(300),
      '/cost-estimator?purpose=x&nights=-9&attendants=99&currency=QQQ',
      '/providers/%3Cscript%3E',
      '/conditions/unknown',
    ]
    for (const u of urls) {
      const response = await fetch(app.url + u)
      expect(response.status, u).toBeLessThan(500)
      const body = await response.text()
      expect(body, u).not.toContain('<script>alert(1)</script>')
    }
    const page = await noJsPage()
    await page.goto(app.url + '/providers?page=-3&currency=ZZZ')
    expect(await page.locator('main').innerText()).toContain('We ignored part of your search')
    await expectNoAxeViolations(page, 'ignored input')
  })

  test('robots.txt and the sitemap list public pages only', async () => {
    const robots = await (await fetch(app.url + '/robots.txt')).text()
    expect(robots).toContain('Disallow: /account')
    expect(robots).toContain('Sitemap: ')
    const sitemap = await (await fetch(app.url + '/sitemap.xml')).text()
    expect(sitemap).toContain(`/providers/${demoIds.providerSlug.lotusNeuro}`)
    expect(sitemap).not.toContain('sunrise')
  })
})
