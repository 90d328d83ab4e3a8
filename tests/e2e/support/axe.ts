import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

// With JavaScript off, evaluate() still works but timers never fire, and axe
// needs them. Asked directly instead of waiting for a timer that never comes
// (that wait cost 1.5 s a scan): the HTML parser reads a <noscript> as markup
// only when scripting is off.
async function scriptsRun(page: Page): Promise<boolean> {
  return page
    .evaluate(() => {
      const probe = document.createElement('div')
      probe.innerHTML = '<noscript><i></i></noscript>'
      return probe.querySelector('noscript i') === null
    })
    .catch(() => false)
}

/**
 * axe.run in the page itself ("legacy mode"), rather than a partial run per
 * frame finished in a new blank page: our pages have no cross-origin frames,
 * and that extra page per scan was half of each scan's time. Only violations
 * are collected, since only they fail a test.
 */
const axeOf = (page: Page) =>
  new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()

/**
 * With JavaScript off, axe cannot run inside the page, so the exact HTML the
 * browser received is replayed at the same URL in a scratch page (its styles
 * are inline; the app's scripts are blocked so nothing hydrates). One scratch
 * page per browser, one scan at a time: a new context for every scan cost
 * more than the scan.
 */
type Scratch = { page: Page; served: { url: string; html: string } }
const scratches = new WeakMap<Browser, { scratch: Promise<Scratch>; queue: Promise<unknown> }>()

async function openScratch(browser: Browser): Promise<Scratch> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const scratch: Scratch = { page, served: { url: '', html: '' } }
  await page.route('**/*', (route) => {
    const request = route.request()
    if (request.url() === scratch.served.url && request.resourceType() === 'document') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: scratch.served.html,
      })
    }
    if (request.resourceType() === 'script') return route.abort()
    return route.continue()
  })
  return scratch
}

async function analyse(page: Page) {
  if (await scriptsRun(page)) return axeOf(page).analyze()
  const html = await page.content()
  const url = page.url()
  const viewport = page.viewportSize()
  const browser = page.context().browser()!
  let entry = scratches.get(browser)
  if (!entry) scratches.set(browser, (entry = { scratch: openScratch(browser), queue: Promise.resolve() }))
  const { scratch } = entry
  const scan = entry.queue.then(async () => {
    const { page: replay, served } = await scratch
    served.url = url
    served.html = html
    if (viewport) await replay.setViewportSize(viewport)
    await replay.goto(url)
    return axeOf(replay).analyze()
  })
  entry.queue = scan.catch(() => {})
  return scan
}

// Zero violations of WCAG 2.2 A/AA (and axe best practices) on every page a journey visits.
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await analyse(page)
  if (results.violations.length === 0) return
  const report = results.violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n')
  throw new Error(
    `axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${report}`,
  )
}
