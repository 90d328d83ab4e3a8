import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { patternLibrary } from '../../app/components/pattern-library.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp, type RunningApp } from './support/server.ts'

// The pattern library (/dev/patterns, docs/patterns/README.md): every named
// example of every pattern, in English and in Arabic, checked with axe like
// govuk-frontend checks each of its components' examples.
let app: RunningApp
let browser: Browser

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** Every example the examples modules declare, as the page marks them. */
const declared = Object.entries(patternLibrary).flatMap(([pattern, examples]) =>
  examples.map((example) => `${pattern}/${example.name}`),
)

// The targets the style sheet makes at least 44 px (--target): both ways for
// buttons and the boxes of radios and checkboxes, in height for text boxes,
// selects and the links set as blocks.
const squareTargets = '.button, .checkbox__input'
const tallTargets = '.input, .select, .textarea, .back-link, .case-nav a'

async function targetsUnder44px(page: Page) {
  const measure = (selector: string, square: boolean) =>
    page.locator(`[data-example] :is(${selector})`).evaluateAll(
      (elements, square) =>
        elements
          .map((e) => ({ e, box: e.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 44 || (square && box.width < 44))
          .map(
            ({ e, box }) =>
              `${e.closest('[data-example]')?.getAttribute('data-example')}: ${e.outerHTML.slice(0, 80)} (${box.width}×${box.height})`,
          ),
      square,
    )
  return [...(await measure(squareTargets, true)), ...(await measure(tallTargets, false))]
}

async function expectEveryExample(page: Page, label: string) {
  const rendered = await page
    .locator('[data-example]')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-example')))
  expect(rendered, label).toEqual(declared)
  // Each example shows more than its heading and description.
  const empty = await page
    .locator('[data-example]')
    .evaluateAll((sections) =>
      sections.filter((s) => s.children.length < 3).map((s) => s.getAttribute('data-example')),
    )
  expect(empty, label).toEqual([])
  await expectNoAxeViolations(page, label)
  expect(await page.locator(`[data-example] :is(${squareTargets})`).count()).toBeGreaterThan(20)
  expect(await targetsUnder44px(page), label).toEqual([])
}

describe('pattern library', () => {
  test('every example renders in English and in Arabic, accessible and with 44 px targets', async () => {
    expect(declared.length).toBeGreaterThan(40)
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined))

    const response = await page.goto(app.url + '/dev/patterns')
    expect(response?.status()).toBe(200)
    await page.getByRole('heading', { level: 1, name: 'Pattern library' }).waitFor()
    // The document keeps its own title; the examples' titles are shown in the page.
    expect(await page.title()).toBe('Pattern library – Waypoint')
    await expectEveryExample(page, 'pattern library (en)')

    await page.getByRole('button', { name: 'العربية' }).click()
    await page.waitForURL(/\/dev\/patterns$/)
    await page.getByRole('heading', { level: 1, name: 'مكتبة الأنماط' }).waitFor()
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await page.locator('html').getAttribute('lang')).toBe('ar')
    await expectEveryExample(page, 'pattern library (ar)')
    expect(errors).toEqual([])
    await context.close()
  })

  test('the rows of a summary list line up, with or without a change link', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } })
    const page = await context.newPage()
    await page.goto(app.url + '/dev/patterns')
    const list = page.locator(
      '[data-example="patterns/summary-list/some rows without a change link"] .summary-list',
    )
    const starts = await list
      .locator('.summary-list__value')
      .evaluateAll((values) => values.map((v) => Math.round(v.getBoundingClientRect().left)))
    expect(starts).toHaveLength(3)
    expect(new Set(starts).size).toBe(1)
    await context.close()
  })

  test('every task’s status keeps to the same side, whatever the length of its hint', async () => {
    // Narrow enough that a long hint and its status do not fit on one line unless the hint wraps.
    const context = await browser.newContext({ viewport: { width: 700, height: 800 } })
    const page = await context.newPage()
    await page.goto(app.url + '/dev/patterns')
    const ends = await page
      .locator('[data-example="patterns/task-list/default"] .task-list__status .tag')
      .evaluateAll((tags) => tags.map((tag) => Math.round(tag.getBoundingClientRect().right)))
    expect(ends.length).toBeGreaterThan(3)
    expect(new Set(ends).size).toBe(1)
    await context.close()
  })

  test('it is not found in production', async () => {
    // A second app beside the first: give its database longer to open on a busy machine.
    const production = await startApp({ env: { NODE_ENV: 'production', DB_OPEN_TIMEOUT_MS: '90000' } })
    try {
      expect((await fetch(production.url + '/dev/patterns')).status).toBe(404)
      expect((await fetch(production.url + '/dev/mailbox')).status).toBe(404)
    } finally {
      await production.stop()
    }
  }, 240_000)
})
