import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// The shell's page cache (ADR 0021) over real HTTP against the built app: public
// pages come from memory for anonymous visitors, each hit with its own CSP
// nonce; signed-in pages and private routes never touch the cache.
let app: Awaited<ReturnType<typeof startApp>>
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.stop()
})

const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? ''
const nonces = (html: string) => [...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1])

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(app.url + path, { headers, redirect: 'manual' })
  return { response, html: await response.text() }
}

describe('page cache', () => {
  test('a public page is served again from memory, with a fresh nonce that matches its policy', async () => {
    const path = '/providers?q=breathing+support&sort=price-low'
    const first = await get(path)
    const second = await get(path)
    expect(first.response.headers.get('x-waypoint-cache')).toBe('miss')
    expect(second.response.headers.get('x-waypoint-cache')).toBe('hit')
    expect(second.response.headers.get('x-waypoint-page-cache')).toBeNull()

    const [n1, n2] = [nonceOf(first.response), nonceOf(second.response)]
    expect(n1).not.toBe(n2)
    expect(nonces(first.html).length).toBeGreaterThan(0)
    expect(new Set(nonces(first.html))).toEqual(new Set([n1]))
    expect(new Set(nonces(second.html))).toEqual(new Set([n2]))
    // Apart from the nonce, the visitor gets exactly the page that was rendered.
    expect(second.html.replaceAll(n2, 'N')).toBe(first.html.replaceAll(n1, 'N'))
    expect(second.response.headers.get('content-type')).toBe(first.response.headers.get('content-type'))
    expect(second.response.headers.get('cache-control')).toBe('no-cache')
    // Sent as compressed when asked for, as it was first; as plain text otherwise.
    expect(second.response.headers.get('content-encoding')).toBe('gzip')
    const plain = await get(path, { 'accept-encoding': 'identity' })
    expect(plain.response.headers.get('x-waypoint-cache')).toBe('hit')
    expect(plain.response.headers.get('content-encoding')).toBeNull()
    const n3 = nonceOf(plain.response)
    expect(plain.html.replaceAll(n3, 'N')).toBe(first.html.replaceAll(n1, 'N'))
  })

  test('each language has its own copy', async () => {
    const english = await get('/how-we-rank', { 'accept-language': 'en' })
    const french = await get('/how-we-rank', { 'accept-language': 'fr' })
    const frenchAgain = await get('/how-we-rank', { cookie: 'waypoint_lang=fr' })
    expect(english.html).toContain('lang="en"')
    expect(french.response.headers.get('x-waypoint-cache')).toBe('miss')
    expect(french.html).toContain('lang="fr"')
    expect(frenchAgain.response.headers.get('x-waypoint-cache')).toBe('hit')
    expect(frenchAgain.html).toContain('lang="fr"')
  })

  test('signed-in visitors and private pages never use it', async () => {
    await get('/')
    const session = await new HttpSession(app.url).signIn(demoIds.email.patient)
    const home = await session.send('/')
    expect(home.status).toBe(200)
    expect(home.headers.get('x-waypoint-cache')).toBeNull()
    expect(home.headers.get('cache-control')).toBe('no-store')
    expect(await home.text()).toContain('/sign-out')

    for (const path of ['/sign-in', '/sign-in']) {
      const page = await get(path)
      expect(page.response.headers.get('x-waypoint-cache')).toBeNull()
    }
  })

  test('in Chromium, a page from the cache runs its scripts under its policy and navigates in place', async () => {
    await get('/how-we-rank')
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext()
      await context.addInitScript(() => {
        const w = window as unknown as { __violations: string[] }
        w.__violations = []
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.violatedDirective))
      })
      const page = await context.newPage()
      const response = await page.goto(app.url + '/how-we-rank')
      expect(await response!.headerValue('x-waypoint-cache')).toBe('hit')
      await page.waitForLoadState('networkidle')
      await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
      // Only a hydrated page follows a link without loading a new document.
      await page.locator('a[href="/providers"]').first().click()
      await page.waitForURL(/\/providers$/)
      expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true)
      expect(
        await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
      ).toEqual([])
    } finally {
      await browser.close()
    }
  })

  test('a page from memory is sent no larger than when it was first rendered', async () => {
    // The longest public page: every script carries the nonce, so the stored
    // copy is compressed in pieces between them, which must still refer back
    // to each other as one stream does (server/http/gzip-template.ts).
    const path = '/conditions/als?from=cache-size'
    const gzip = { 'Accept-Encoding': 'gzip' }
    const first = await get(path, gzip)
    const second = await get(path, gzip)
    const third = await get(path, gzip)
    expect(second.response.headers.get('x-waypoint-cache')).toBe('hit')
    const sent = (r: Response) => Number(r.headers.get('content-length'))
    expect(sent(first.response)).toBeGreaterThan(10_000)
    expect(sent(second.response)).toBeLessThanOrEqual(sent(first.response))
    expect(sent(third.response)).toBe(sent(second.response))
    const withoutNonces = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""')
    expect(withoutNonces(second.html)).toBe(withoutNonces(first.html))
    expect(withoutNonces(third.html)).toBe(withoutNonces(first.html))
  })

  test('a missing provider is never cached as a page', async () => {
    for (let i = 0; i < 2; i++) {
      const page = await get('/providers/no-such-provider')
      expect(page.response.status).toBe(404)
      expect(page.response.headers.get('x-waypoint-cache')).toBeNull()
    }
  })
})

describe('every Accept-Encoding a browser or proxy sends', () => {
  // node:http, not fetch: fetch decodes by itself and hides what travelled.
  async function raw(path: string, headers: Record<string, string>) {
    const { request } = await import('node:http')
    return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (resolve, reject) => {
        const req = request(app.url + path, { headers })
        req.on('response', (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
          res.on('error', reject)
        })
        req.on('error', reject)
        req.end()
      },
    )
  }
  async function decoded(reply: Awaited<ReturnType<typeof raw>>) {
    const zlib = await import('node:zlib')
    const coding = reply.headers['content-encoding']
    if (coding === undefined) return reply.body.toString('utf8')
    const decode = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, br: zlib.brotliDecompressSync }[
      String(coding)
    ]
    if (!decode) throw new Error(`unexpected content-encoding ${String(coding)}`)
    return decode(reply.body).toString('utf8')
  }
  const accepted = (sent: string | undefined, coding: string | string[] | undefined) =>
    coding === undefined || (sent ?? '').split(',').some((c) => c.trim() === coding)

  // A fresh query per encoding, so the first request is a miss.
  const encodings = [
    'gzip, deflate, br, zstd',
    'gzip, deflate, br',
    'gzip, deflate',
    'gzip',
    'identity',
    'br',
    undefined,
  ]
  const bypass = { cookie: 'waypoint.session_token=nobody' } // never cached: the reference rendering
  const withoutNonce = (text: string) => text.replace(/nonce="[^"]*"/g, 'nonce="N"')

  test.each(encodings.map((e, i) => [e ?? '(none)', e, i] as const))(
    'with %s, a page and its .data come whole on a miss and on a hit',
    async (_name, encoding, i) => {
      const headers: Record<string, string> = encoding === undefined ? {} : { 'accept-encoding': encoding }
      for (const path of [`/providers?q=breathing+support&page=1&x=${i}`, `/providers.data?q=als&x=${i}`]) {
        const reference = await decoded(await raw(path, { ...bypass, 'accept-encoding': 'identity' }))
        expect(reference.length).toBeGreaterThan(200)
        for (const expected of ['miss', 'hit']) {
          const reply = await raw(path, headers)
          expect(reply.headers['x-waypoint-cache'], path).toBe(expected)
          expect(accepted(encoding, reply.headers['content-encoding']), path).toBe(true)
          if (reply.headers['content-length'] !== undefined)
            expect(Number(reply.headers['content-length'])).toBe(reply.body.length)
          expect(withoutNonce(await decoded(reply)), `${expected} ${path}`).toBe(withoutNonce(reference))
        }
      }
    },
  )
})

describe('pages rendered for one visitor', () => {
  test('come whole: gzipped with a length when asked for, plain otherwise, the same page either way', async () => {
    const { request } = await import('node:http')
    const { gunzipSync } = await import('node:zlib')
    const session = await new HttpSession(app.url).signIn(demoIds.email.patient)
    // node:http, not fetch: fetch decompresses and hides how the page travelled.
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
        (resolve, reject) => {
          const req = request(app.url + '/patient', {
            headers: { cookie: session.cookie(), 'accept-encoding': encoding },
          })
          req.on('response', (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
          })
          req.on('error', reject)
          req.end()
        },
      )
    const gzipped = await raw('gzip, deflate, br')
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.headers['transfer-encoding']).toBeUndefined()
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length)
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i)
    const plain = await raw('identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length)
    const html = gunzipSync(gzipped.body).toString('utf8')
    expect(html).toContain('/sign-out')
    const nonce = (h: string) => /nonce="([^"]+)"/.exec(h)![1]!
    const text = plain.body.toString('utf8')
    expect(html.replaceAll(nonce(html), 'N').replace(/[0-9a-f-]{36}/g, 'ID')).toBe(
      text.replaceAll(nonce(text), 'N').replace(/[0-9a-f-]{36}/g, 'ID'),
    )
  })
})
