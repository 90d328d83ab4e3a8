import { execFileSync } from 'node:child_process'
import { cp } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp, templateDataDir } from './support/server.ts'

// Issue 14: the front door's question, typed in French or in Arabic, finds
// what the English finds, without JavaScript.
const root = path.resolve(import.meta.dirname, '../..')
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser

beforeAll(async () => {
  app = await startApp({
    // The seeded template (demo data, migrated), so only the generation runs here.
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

async function searchFor(words: string): Promise<{ page: Page; results: string[]; main: string }> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(app.url + '/providers')
  await page.getByLabel('Search', { exact: true }).fill(words)
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await page.waitForURL(/\/providers\?q=/)
  return {
    page,
    results: await page.locator('.result h3 a').allInnerTexts(),
    main: await page.locator('main').innerText(),
  }
}

describe('the same question in three languages', () => {
  test('"stem cells for ALS in India" in French and Arabic shows what the English shows', async () => {
    const english = await searchFor('stem cells for ALS in India')
    expect(english.results).toContain('Lotus Neuro Care Hospital')
    expect(english.main).toContain('Read this first: stem cells for ALS')
    for (const words of [
      'cellules souches pour la SLA en Inde',
      'الخلايا الجذعية للتصلب الجانبي الضموري في الهند',
      'الخلايا الجذعية للتصلب الجانبي بالهند',
    ]) {
      const other = await searchFor(words)
      expect(other.results, words).toEqual(english.results)
      expect(other.main, words).toContain('Read this first: stem cells for ALS')
      expect(await other.page.getByLabel('Country').inputValue(), words).toBe('IN')
      await expectNoAxeViolations(other.page, `search: ${words}`)
    }
  })
})

describe('words as people type them', () => {
  test('slips and unfinished words still find the answer, and say how they were read', async () => {
    const english = await searchFor('stem cells for ALS in India')
    const slipped = await searchFor('stem cel ALS Indai')
    expect(slipped.results).toEqual(english.results)
    expect(slipped.main).toContain('Read this first: stem cells for ALS')
    // The filters show what the words were read as, so a wrong reading can be seen and changed.
    expect(await slipped.page.getByLabel('Country').inputValue()).toBe('IN')
  })

  test('a city found by its name in German or Arabic', async () => {
    for (const words of ['Köln', 'كولونيا', 'Bangalore']) {
      const found = await searchFor(words)
      expect(found.results.length, words).toBeGreaterThan(0)
      const expected = words === 'Bangalore' ? 'Lotus Neuro Care Hospital' : 'Klinik am Rheinufer'
      expect(found.results, words).toContain(expected)
    }
  })
})
