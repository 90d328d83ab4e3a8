import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { demoIds } from '#server/seed/demo-ids.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'

// Issue 16: the demo trial offer shows what the registry says about its trial,
// without JavaScript, in every language, and the page stays accessible.
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

async function profileIn(locale: 'en' | 'fr' | 'ar') {
  const context = await browser.newContext({ javaScriptEnabled: false, locale })
  const page = await context.newPage()
  await page.goto(`${app.url}/providers/${demoIds.providerSlug.lotusNeuro}`)
  const trial = page.getByRole('region', {
    name: { en: 'The trial in the registry', fr: 'L’essai dans le registre', ar: 'التجربة في السجل' }[locale],
  })
  return { page, trial }
}

describe('a trial offer on the provider profile', () => {
  test('shows the registry’s status, phase, condition, site, registration and refresh date', async () => {
    const { page, trial } = await profileIn('en')
    const text = await trial.innerText()
    expect(text).toContain('CTRI/2025/03/012345')
    expect(text).toMatch(/Recruitment\s+Recruiting/)
    expect(text).toMatch(/Phase\s+Phase 2/)
    expect(text).toContain('Amyotrophic lateral sclerosis')
    expect(text).toContain('Lotus Neuro Care Hospital, Bengaluru, India')
    expect(text).toContain('18 March 2025, before the first participant joined')
    expect(text).toContain('Registry record last refreshed')
    // The demo record was just imported and matches the offer: nothing to flag.
    expect(text).not.toContain('Where the registry does not back this offer up')
    await expectNoAxeViolations(page, 'provider profile with a registry trial')
  })

  test.each([
    ['fr', 'Recrute', 'avant l’inclusion du premier participant'],
    ['ar', 'يجري التجنيد', 'قبل انضمام أول مشارك'],
  ] as const)('reads in %s', async (locale, status, timing) => {
    const { page, trial } = await profileIn(locale)
    const text = await trial.innerText()
    expect(text).toContain(status)
    expect(text).toContain(timing)
    await expectNoAxeViolations(page, `provider profile in ${locale}`)
  })
})
