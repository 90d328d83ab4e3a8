import { createServer, type Server } from 'node:http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'

// The accessibility check every journey relies on must still fail a page that
// breaks WCAG, with JavaScript on (axe in the page) and off (axe in the
// replayed copy), and pass one that does not: a scan that found nothing
// because it never ran would let every journey through.
const pages: Record<string, string> = {
  '/broken': `<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>
    <img src="/photo.png"><p style="color:#bbb;background:#fff">Pale text on white.</p>
    <label>Name <input id="a"></label><input id="b"></main></body></html>`,
  '/fine': `<!doctype html><html lang="en"><head><title>Fine</title></head><body><main><h1>Fine</h1>
    <img src="/photo.png" alt="A clinic's entrance"><p>Dark text on white.</p>
    <label for="a">Name</label> <input id="a"></main></body></html>`,
}
let server: Server
let base: string
let browser: Browser

beforeAll(async () => {
  server = createServer((req, res) => {
    const html = pages[req.url ?? '']
    res.writeHead(html ? 200 : 404, { 'content-type': html ? 'text/html; charset=utf-8' : 'image/png' })
    res.end(html ?? '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
})

describe.each([
  ['on', true],
  ['off', false],
])('with JavaScript %s', (_label, javaScriptEnabled) => {
  test('a page with a missing alt text, pale text and an unlabelled field fails, naming each', async () => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(`${base}/broken`)
    const failure = await expectNoAxeViolations(page, 'broken page').then(
      () => null,
      (error: Error) => error.message,
    )
    expect(failure).toContain('image-alt')
    expect(failure).toContain('color-contrast')
    expect(failure).toContain('label')
    await context.close()
  })

  test('the same page put right passes, twice in a row (the scratch page is reused)', async () => {
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(`${base}/fine`)
    await expectNoAxeViolations(page, 'fine page')
    await page.goto(`${base}/broken`)
    await expect(expectNoAxeViolations(page, 'broken page again')).rejects.toThrow(/image-alt/)
    await page.goto(`${base}/fine`)
    await expectNoAxeViolations(page, 'fine page again')
    await context.close()
  })
})
