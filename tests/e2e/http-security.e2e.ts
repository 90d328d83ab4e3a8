import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Must show 5 and 6 of the foundation issue, over real HTTP against the built app.
let app: Awaited<ReturnType<typeof startApp>>
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.stop()
})

const demoPatient = { email: demoIds.email.patient, password: demoIds.password }

function form(values: Record<string, string>) {
  return new URLSearchParams(values).toString()
}

async function post(path: string, values: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(app.url + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url, ...headers },
    body: form(values),
  })
}

function sessionCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
}

describe('security headers', () => {
  test.each(['/', '/sign-in', '/no-such-page', '/healthz', '/readyz', '/favicon.svg'])(
    '%s carries the baseline',
    async (p) => {
      const response = await fetch(app.url + p)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('permissions-policy')).toContain('camera=()')
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    },
  )

  test('every script tag carries the nonce of its response, and the nonce changes per response', async () => {
    const [a, b] = await Promise.all([fetch(app.url + '/'), fetch(app.url + '/')])
    const nonceOf = (r: Response) =>
      /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')![1]
    const html = await a.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(a)}"`)
    expect(nonceOf(a)).not.toBe(nonceOf(b))
  })

  test('signed-in pages are never cached; the session cookie is httpOnly and SameSite', async () => {
    const signIn = await post('/sign-in', {
      email: demoPatient.email,
      password: demoPatient.password,
      next: '/patient',
    })
    expect(signIn.status).toBe(302)
    const setCookie = signIn.headers.getSetCookie().find((c) => c.includes('session_token'))!
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    const page = await fetch(app.url + '/patient', {
      headers: { cookie: sessionCookie(signIn) },
      redirect: 'manual',
    })
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await page.text()).toContain('Amira Haddad')
  })

  test('a cross-origin POST is refused and signs nobody in', async () => {
    const response = await post(
      '/sign-in',
      { email: demoPatient.email, password: demoPatient.password },
      { origin: 'https://evil.example' },
    )
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(response.headers.getSetCookie().some((c) => c.includes('session_token'))).toBe(false)
  })

  test('sign-in is rate limited: the sixth failure in a row is refused with a wait time', async () => {
    const email = demoIds.email.reviewer
    for (let i = 0; i < 5; i++) {
      const r = await post('/sign-in', { email, password: `wrong-${i}` })
      expect(r.status).toBe(401)
    }
    const r = await post('/sign-in', { email, password: demoIds.password })
    expect(r.status).toBe(429)
    expect(await r.text()).toMatch(/Too many attempts to sign in\. Wait \d+ minutes?/)
  })
})

describe('redirects after signing in stay on this site', () => {
  const hostile = [
    '/%09/evil.example',
    '/\t/evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    '/%5C%5Cevil.example',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    '/%252F%252Fevil.example',
    '//evil.example',
    '/\r\n/evil.example',
    '/\n/evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/./\\evil.example',
    'https://evil.example',
    'http:evil.example',
    'javascript:alert(1)',
    ' /evil.example',
    '/\u3000/evil.example',
  ]
  test.each(hostile)('next=%j leads to a page of this site', async (next) => {
    const r = await post('/sign-in', { email: demoPatient.email, password: demoPatient.password, next })
    expect(r.status).toBe(302)
    const location = r.headers.get('location')!
    expect(location).toMatch(/^\/(?![/\\])/)
    expect(location).not.toMatch(/[\t\r\n\\]/)
    expect(new URL(location, app.url).origin).toBe(app.url)
  })

  test('a path and query of this site are kept', async () => {
    const next = '/providers?q=als%2Fmnd&city=Bengaluru#results'
    const r = await post('/sign-in', { email: demoPatient.email, password: demoPatient.password, next })
    expect(r.headers.get('location')).toBe(next)
  })

  // A form's redirect is held back by CSP form-action; following a link while
  // signed in is not: the sign-in page sends a signed-in visitor straight on.
  test.each([
    ['JavaScript off', false],
    ['JavaScript on', true],
  ])(
    'Chromium, signed in, stays on this site when a link says next=/(tab)/evil.example, %s',
    async (_name, js) => {
      const browser = await launchBrowser()
      try {
        const page = await (await browser.newContext({ javaScriptEnabled: js })).newPage()
        const offSite: string[] = []
        // Redirects are not routed, but every request, redirected or not, is an event.
        page.on('request', (request) => {
          if (new URL(request.url()).origin !== app.url) offSite.push(request.url())
        })
        await page.goto(app.url + '/sign-in')
        await page.getByLabel('Email address').fill(demoPatient.email)
        await page.getByLabel('Password', { exact: true }).fill(demoPatient.password)
        await page.getByRole('button', { name: 'Sign in', exact: true }).click()
        await page.waitForURL((url) => url.pathname !== '/sign-in')
        await page.goto(app.url + '/sign-in?next=%2F%09%2Fevil.example').catch(() => {})
        await page.waitForLoadState('load').catch(() => {})
        expect(offSite).toEqual([])
        expect(new URL(page.url()).origin).toBe(app.url)
      } finally {
        await browser.close()
      }
    },
  )
})

describe('bad input never causes a 500', () => {
  const nasty = [
    '',
    'x'.repeat(10_000),
    '😀'.repeat(3000),
    '\u202Eevil\u202C',
    'שלום عليكم',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    'a\u0000b',
    'name@',
    '@@@',
  ]
  test.each([
    '/sign-up',
    '/sign-in',
    '/forgot-password',
    '/sign-in/email-link',
    '/reset-password',
    '/sign-in/two-factor',
    '/language',
  ])('POST %s with hostile values answers with a page, not an error', async (p) => {
    for (const value of nasty) {
      const response = await post(p, {
        name: value,
        email: value,
        password: value,
        token: value,
        code: value,
        locale: value,
        returnTo: value,
      })
      expect(response.status, `${p} with ${JSON.stringify(value.slice(0, 20))}`).toBeLessThan(500)
      const body = await response.text()
      expect(body).not.toMatch(/at .*\.(ts|js):\d+/)
      expect(body).not.toContain('<script>alert(1)</script>')
    }
  })

  test('unknown addresses give the not-found page', async () => {
    for (const p of [
      '/nope',
      '/patient/../../etc/passwd',
      '/dev/mailbox/not-an-id',
      '/%E0%A4%A',
      '/api/../admin',
    ]) {
      const response = await fetch(app.url + p)
      expect(response.status, p).toBeLessThan(500)
      expect([200, 302, 400, 404]).toContain(response.status)
    }
    const page = await fetch(app.url + '/definitely/not/here')
    expect(page.status).toBe(404)
    expect(await page.text()).toContain('Page not found')
  })

  test('the readiness probe reports the database and the job queue', async () => {
    const r = await fetch(app.url + '/readyz')
    expect(r.status).toBe(200)
    expect(await r.json()).toMatchObject({ status: 'ready', checks: { database: true, jobs: true } })
  })
})

describe('starting and stopping', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(path.join(root, 'node_modules/.bin/node'), ['server/main.ts'], {
        cwd: root,
        env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      })
      let output = ''
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      child.on('exit', (code) => resolve({ code, output }))
    })
  }

  test('a database that is down at start gives a clear message and no stack trace', async () => {
    const { code, output } = await run({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:9/nowhere',
      BETTER_AUTH_SECRET: 'x'.repeat(40),
      MASTER_KEY: 'a'.repeat(64),
      PORT: '0',
      DB_OPEN_TIMEOUT_MS: '3000',
    })
    expect(code).toBe(1)
    expect(output).toContain('The PostgreSQL server at DATABASE_URL could not be reached')
    expect(output).not.toMatch(/\n\s+at /)
  })

  test('server mode refuses to start without its secrets, naming them', async () => {
    const { code, output } = await run({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:9/nowhere',
      BETTER_AUTH_SECRET: '',
      MASTER_KEY: '',
    })
    expect(code).toBe(1)
    expect(output).toContain('BETTER_AUTH_SECRET must be set')
  })

  test('a second process on the same data folder is refused with a clear message', async () => {
    const { code, output } = await run({ DATA_DIR: app.dataDir, PORT: '0' })
    expect(code).toBe(1)
    expect(output).toMatch(/in use by another Waypoint process/)
  })
})
