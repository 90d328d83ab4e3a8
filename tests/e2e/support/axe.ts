import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

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
 * With JavaScript off, axe cannot run inside the page, so the exact HTML the
 * browser received is replayed at the same URL in a scratch page (its styles
 * are inline; the app's scripts are blocked so nothing hydrates).
 */
async function analyse(page: Page) {
  if (await scriptsRun(page)) return new AxeBuilder({ page }).withTags(TAGS).analyze()
  const html = await page.content()
  const url = page.url()
  const context = await page
    .context()
    .browser()!
    .newContext({ viewport: page.viewportSize() ?? undefined })
  try {
    const scratch = await context.newPage()
    await scratch.route('**/*', (route) => {
      const request = route.request()
      if (request.url() === url && request.resourceType() === 'document') {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      }
      if (request.resourceType() === 'script') return route.abort()
      return route.continue()
    })
    await scratch.goto(url)
    return await new AxeBuilder({ page: scratch }).withTags(TAGS).analyze()
  } finally {
    await context.close()
  }
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
