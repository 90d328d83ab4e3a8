import type { Page } from 'playwright-core'

/**
 * Waits until React has claimed the page's heading (its fiber key is on the
 * element): only then does a form or link navigate without loading a new
 * document. Scripts are released after the first paint (ADR 0037), so on a
 * busy machine a test that acts at once may still be on the plain HTML page.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1')
    return h1 !== null && Object.keys(h1).some((k) => k.startsWith('__reactFiber$'))
  })
}
