import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { hydrated } from './support/hydrated.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 14, items 2 and 4: the site header's focus is readable on its navy
// background, and on a small phone the header folds behind a menu toggle that
// works without JavaScript, hiding nothing from keyboard users.
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

type Rgba = [number, number, number, number]

function parseColour(css: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(css)
  if (!m) throw new Error(`unexpected colour ${css}`)
  const [r, g, b, a = '1'] = m[1]!.split(/[\s,/]+/).filter(Boolean)
  return [Number(r), Number(g), Number(b), Number(a)]
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

function contrast(a: Rgba, b: Rgba): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (l1! + 0.05) / (l2! + 0.05)
}

type FocusColours = {
  label: string
  inHeader: boolean
  text: string
  /** The colour behind the text: the element's own, or the first opaque one around it. */
  background: string
  /** The header's own background, which the focus indicator sits against. */
  around: string
  outlineColour: string
  outlineWidth: number
}

function focusColours(page: Page): Promise<FocusColours> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const opaque = (e: Element | null): string => {
      for (let n = e; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg
      }
      return 'rgb(255, 255, 255)'
    }
    const header = el.closest('.site-header')
    const style = getComputedStyle(el)
    return {
      // The logo beside the name is decoration (aria-hidden): the label is the words.
      label: (el.innerText || el.tagName).replace('◆', '').trim(),
      inHeader: !!header,
      text: style.color,
      background: opaque(el),
      around: header ? opaque(header) : '',
      outlineColour: style.outlineColor,
      outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    }
  })
}

/** Tabs through every control of the header, checking each one's focus colours. */
async function expectReadableFocusInHeader(page: Page, minControls: number) {
  const seen: string[] = []
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const c = await focusColours(page)
    if (!c.inHeader) {
      if (seen.length > 0) break
      continue // the skip link comes before the header
    }
    seen.push(c.label)
    const text = parseColour(c.text)
    const background = parseColour(c.background)
    const around = parseColour(c.around)
    // The label is readable on what is behind it when focused (WCAG 1.4.3).
    expect(contrast(text, background), `${c.label}: text on its focused background`).toBeGreaterThanOrEqual(
      4.5,
    )
    // The indicator (a changed background, or an outline) stands out from the header (WCAG 1.4.11, 2.4.13).
    const indicator = c.background !== c.around ? background : parseColour(c.outlineColour)
    if (c.background === c.around)
      expect(c.outlineWidth, `${c.label}: outline width`).toBeGreaterThanOrEqual(2)
    expect(contrast(indicator, around), `${c.label}: indicator against the header`).toBeGreaterThanOrEqual(3)
  }
  expect(seen.length).toBeGreaterThanOrEqual(minControls)
  return seen
}

async function signIn(page: Page) {
  await page.goto(app.url + '/sign-in')
  await page.getByLabel('Email address').fill(demoIds.email.patient)
  await page.getByLabel('Password', { exact: true }).fill(demoIds.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL(/\/patient$/)
}

describe('focus in the header', () => {
  test('every header control, signed out and signed in, is readable when focused', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(app.url + '/')
    const signedOut = await expectReadableFocusInHeader(page, 9)
    expect(signedOut).toEqual(expect.arrayContaining(['Waypoint', 'Sign in', 'English', 'Find providers']))

    await signIn(page)
    await page.goto(app.url + '/')
    const signedIn = await expectReadableFocusInHeader(page, 9)
    expect(signedIn).toEqual(expect.arrayContaining(['Your dashboard', 'Sign out']))
    await context.close()
  })

  test('the small-screen menu toggle is readable when focused', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } })
    const page = await context.newPage()
    await page.goto(app.url + '/')
    const seen = await expectReadableFocusInHeader(page, 2)
    expect(seen).toEqual(['Waypoint', 'Menu'])
    await context.close()
  })
})

for (const javaScriptEnabled of [true, false]) {
  describe(`the header on a 360×640 phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test('takes at most a fifth of the screen, and its menu opens from the keyboard', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled })
      const page = await context.newPage()
      const headerHeight = () =>
        page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height)

      for (const path of ['/', '/providers', '/conditions/als']) {
        await page.goto(app.url + path)
        expect(await headerHeight(), `header height on ${path}`).toBeLessThanOrEqual(640 * 0.2)
      }
      await expectNoAxeViolations(page, 'header folded on a phone')

      // Folded, the links are out of the way; the toggle is the next stop after the name.
      expect(await page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(false)
      await page.keyboard.press('Tab') // skip link
      await page.keyboard.press('Tab') // Waypoint
      await page.keyboard.press('Tab')
      const toggle = page.getByText('Menu', { exact: true })
      expect(await toggle.evaluate((e) => e === document.activeElement)).toBe(true)
      await page.keyboard.press('Enter')
      // Unfolded: everything the wide header shows, in the same order, by keyboard.
      for (const name of ['Sign in', 'Create an account', 'Find providers', 'Cost estimator'])
        expect(await page.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toBe('Sign in')
      await expectNoAxeViolations(page, 'header menu open on a phone')
      if (javaScriptEnabled) {
        // Escape folds it again, with focus back on the toggle.
        await hydrated(page)
        await page.keyboard.press('Escape')
        expect(await page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(false)
        expect(await toggle.evaluate((e) => e === document.activeElement)).toBe(true)
        await page.keyboard.press('Enter')
      }

      // Signed in, the header stays as small.
      await signIn(page)
      await page.goto(app.url + '/patient')
      expect(await headerHeight(), 'header height signed in').toBeLessThanOrEqual(640 * 0.2)
      if (javaScriptEnabled) {
        // A link followed from the open menu folds it again on the new page.
        await page.getByText('Menu', { exact: true }).click()
        await page.getByRole('link', { name: 'Find providers' }).click()
        await page.waitForURL(/\/providers$/)
        await page.getByRole('heading', { level: 1, name: 'Find and compare providers' }).waitFor()
        expect(await headerHeight(), 'header height after following a menu link').toBeLessThanOrEqual(
          640 * 0.2,
        )
      }
      await context.close()
    })
  })
}
