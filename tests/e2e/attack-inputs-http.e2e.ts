import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { routeAccess } from '#app/route-access.ts'
import { demoIds } from '#server/seed/demo-ids.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'

// Issue 14 (bad input never causes a 500): bodies that are not forms, methods
// no form takes, CR/LF in redirect targets and damaged cookies, sent to every
// route, signed out and signed in. Each is a 4xx with a page that says what
// happened (or the bad cookie is dropped and replaced), and every line the
// server writes is one JSON object, with the request's text escaped in it.
let app: Awaited<ReturnType<typeof startApp>>
let patient: HttpSession
let clinicAdmin: HttpSession
let reviewer: HttpSession
beforeAll(async () => {
  // Request lines too: they carry paths and methods chosen by the client.
  app = await startApp({ env: { LOG_LEVEL: 'info' } })
  patient = await new HttpSession(app.url).signIn('patient@demo.waypoint.example')
  clinicAdmin = await new HttpSession(app.url).signIn(demoIds.email.clinicAdmin)
  reviewer = await new HttpSession(app.url).signIn(demoIds.email.reviewer)
})

/**
 * The account a signed-in probe uses: the clinic's and the reviewers' forms
 * are sent by someone who may use them, so the body reaches the action.
 */
function cookieFor(path: string): string {
  if (path.startsWith('/clinic/onboarding/')) return clinicAdmin.cookie()
  if (path.startsWith('/reviewer/')) return reviewer.cookie()
  return patient.cookie()
}
afterAll(async () => {
  await app?.stop()
})

const samples = [...new Set(Object.values(routeAccess).map((r) => r.sample))]
/** Routes whose module has an action: the forms. */
const formRoutes = [
  '/sign-up',
  '/sign-in',
  '/sign-in/two-factor',
  '/sign-in/email-link',
  '/forgot-password',
  '/reset-password?token=abc',
  '/sign-out',
  '/language',
  '/account/two-factor',
  '/account/settings',
  '/account/erase',
  '/patient',
  ...Object.values(routeAccess)
    .map((r) => r.sample)
    .filter((s) => s.startsWith('/patient/cases/') || s.startsWith('/coordinator/cases/')),
  '/invitations/not-a-real-token',
  // Issue 16's public forms: a clinic's application and a report on a listing.
  '/clinics/apply',
  routeAccess['routes/public/report-listing.tsx']!.sample,
  // Issue 16's staff forms (ADR 0070): the clinic's credential, offer and
  // withdrawal forms, the reviewer's decision on an item and a report's close form.
  routeAccess['routes/clinic/onboarding.tsx']!.sample,
  routeAccess['routes/reviewer/item.tsx']!.sample,
  routeAccess['routes/reviewer/report.tsx']!.sample,
  // The team page's confirmed removal and invitations.
  routeAccess['routes/clinic/team.tsx']!.sample,
]

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** Node's own client: fetch refuses TRACE and will not send a body without a content type. */
function raw(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Raw> {
  const url = new URL(app.url + path)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { method, host: url.hostname, port: url.port, path: url.pathname + url.search, headers: init.headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    if (init.body !== undefined) req.end(init.body)
    else req.end()
  })
}

const html = (r: Raw) => String(r.headers['content-type'] ?? '').startsWith('text/html')
/** A refusal page says what went wrong, in a heading, and is not the generic failure page. */
function clearPage(r: Raw): boolean {
  return html(r) && /<h1[^>]*>[^<]+<\/h1>/.test(r.body) && !r.body.includes('problem with the service')
}

const badBodies: { name: string; headers: Record<string, string>; body?: string | Buffer }[] = [
  {
    name: 'JSON',
    headers: { 'content-type': 'application/json' },
    body: '{"email":"a@example.test","password":"x"}',
  },
  { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: 'email=a@example.test' },
  { name: 'no content type', headers: {}, body: Buffer.from('email=a@example.test') },
  { name: 'no body at all', headers: {} },
  {
    name: 'broken multipart',
    headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
    body: '--XyZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nunterminated',
  },
  { name: 'multipart without a boundary', headers: { 'content-type': 'multipart/form-data' }, body: 'x' },
  {
    name: 'an unknown charset',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=x-evil' },
    body: 'a=b',
  },
]

describe('bodies that are not forms', () => {
  for (const who of ['signed out', 'signed in'] as const) {
    test(`every form route, ${who}: a 4xx with a clear page, never a 500`, async () => {
      const failures: string[] = []
      for (const path of formRoutes) {
        for (const bad of badBodies) {
          const r = await raw('POST', path, {
            headers: {
              origin: app.url,
              ...(who === 'signed in' ? { cookie: cookieFor(path) } : {}),
              ...bad.headers,
            },
            body: bad.body,
          })
          if (r.status >= 500) failures.push(`${path} ${bad.name}: ${r.status}`)
          else if ([400, 415].includes(r.status) && !clearPage(r))
            failures.push(`${path} ${bad.name}: ${r.status} without a clear page`)
        }
      }
      expect(failures).toEqual([])
    })
  }

  test('a JSON body on a form route is a 415 that says the form could not be read', async () => {
    const r = await raw('POST', '/sign-in', {
      headers: { origin: app.url, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(r.status).toBe(415)
    expect(clearPage(r)).toBe(true)
  })

  test('the 415 page is in the language the visitor chose', async () => {
    const r = await raw('POST', '/sign-in', {
      headers: { origin: app.url, 'content-type': 'text/plain', cookie: 'waypoint_lang=fr' },
      body: 'x',
    })
    expect(r.status).toBe(415)
    expect(r.body).toMatch(/lang="fr"/)
  })
})

describe('methods no form takes', () => {
  test.each(['TRACE', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND'])(
    '%s on every route is a 405 with a clear page (or its own answer), never a 500',
    async (method) => {
      const failures: string[] = []
      for (const path of [...new Set([...formRoutes, ...samples])]) {
        const r = await raw(method, path, {
          headers: {
            origin: app.url,
            cookie: cookieFor(path),
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: method === 'TRACE' ? undefined : 'a=b',
        })
        if (r.status >= 500) failures.push(`${method} ${path}: ${r.status}`)
        else if (!path.startsWith('/api/auth') && r.status !== 405)
          failures.push(`${method} ${path}: ${r.status}, not 405`)
        else if (r.status === 405 && !path.startsWith('/api/auth') && !clearPage(r))
          failures.push(`${method} ${path}: 405 without a clear page`)
      }
      expect(failures).toEqual([])
    },
  )

  test('a 405 names the methods that are allowed', async () => {
    const r = await raw('DELETE', '/sign-in', { headers: { origin: app.url } })
    expect(r.status).toBe(405)
    expect(r.headers['allow']).toMatch(/POST/)
  })
})

describe('CR/LF and other hostile redirect targets', () => {
  const targets = [
    '/\r\nSet-Cookie: evil=1',
    '/%0d%0aSet-Cookie:%20evil=1',
    '/\nLocation: https://evil.example',
    '\r\n',
    '/ok\u0000',
    '/\u2028/evil.example',
  ]
  test.each(targets)(
    'next=%j on sign-in and returnTo on /language: a same-site redirect or a page',
    async (target) => {
      const responses = [
        await raw('GET', `/sign-in?next=${encodeURIComponent(target)}`),
        await raw('GET', `/sign-in/two-factor?next=${encodeURIComponent(target)}`),
        await raw('GET', `/account/two-factor?next=${encodeURIComponent(target)}`, {
          headers: { cookie: patient.cookie() },
        }),
        await raw('GET', `/sign-in?next=${encodeURIComponent(target)}`, {
          headers: { cookie: patient.cookie() },
        }),
        await raw('POST', '/language', {
          headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ locale: 'fr', returnTo: target }).toString(),
        }),
        await raw('POST', '/sign-in', {
          headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            email: 'patient@demo.waypoint.example',
            password: 'waypoint-demo-2026',
            next: target,
          }).toString(),
        }),
      ]
      for (const r of responses) {
        expect(r.status).toBeLessThan(500)
        const location = r.headers['location']
        if (typeof location === 'string') {
          expect(location).not.toMatch(/[\r\n]/)
          expect(new URL(location, app.url).origin).toBe(app.url)
        }
        expect(r.headers['set-cookie'] ?? []).not.toContainEqual(expect.stringContaining('evil'))
      }
    },
  )
})

describe('damaged cookies', () => {
  const damaged = ['%E0%A4%A', '%', '%ZZ', 'x'.repeat(3000), '"unterminated', 'xx-evil']
  for (const name of ['waypoint_lang', 'waypoint_pending']) {
    test(`a malformed ${name} cookie is ignored on every page and replaced`, async () => {
      const failures: string[] = []
      for (const value of damaged) {
        for (const path of ['/', '/sign-in', '/sign-up/check-email', '/providers', '/no-such-page']) {
          const r = await raw('GET', path, { headers: { cookie: `${name}=${value}` } })
          if (r.status >= 500) failures.push(`${path} ${name}=${value.slice(0, 12)}: ${r.status}`)
        }
      }
      expect(failures).toEqual([])
      const r = await raw('GET', '/', { headers: { cookie: `${name}=%E0%A4%A` } })
      const cookies = [r.headers['set-cookie'] ?? []].flat()
      expect(cookies.some((c) => c.startsWith(`${name}=`) && /Max-Age=0/i.test(c))).toBe(true)
    })
  }

  test('every page answers with a malformed language cookie, signed in too', async () => {
    const failures: string[] = []
    for (const path of samples) {
      const r = await raw('GET', path, { headers: { cookie: `${patient.cookie()}; waypoint_lang=%E0%A4%A` } })
      if (r.status >= 500) failures.push(`${path}: ${r.status}`)
    }
    expect(failures).toEqual([])
  })

  test('a good language cookie still chooses the language', async () => {
    const r = await raw('GET', '/', { headers: { cookie: 'waypoint_lang=ar' } })
    expect(r.body).toMatch(/<html lang="ar" dir="rtl"/)
    expect(r.headers['set-cookie']).toBeUndefined()
  })
})

describe('cross-origin posts', () => {
  test('/language refuses a post from another site and sets no cookie', async () => {
    const r = await raw('POST', '/language', {
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'locale=ar&returnTo=/',
    })
    expect(r.status).toBe(403)
    expect(r.headers['set-cookie']).toBeUndefined()
    expect(clearPage(r)).toBe(true)
  })

  test('every route refuses posts from another site, including the null origin', async () => {
    const failures: string[] = []
    for (const origin of ['https://evil.example', 'null', `${app.url}.evil.example`]) {
      for (const path of formRoutes) {
        const r = await raw('POST', path, {
          headers: { origin, cookie: cookieFor(path), 'content-type': 'application/x-www-form-urlencoded' },
          body: 'locale=ar&email=a@example.test&password=x&confirm=yes',
        })
        if (r.status !== 403) failures.push(`${origin} ${path}: ${r.status}`)
      }
    }
    expect(failures).toEqual([])
  })
})

describe('cross-origin uploads to the staff forms', () => {
  test('a multipart post from another site to the credential form is a 403, signed in as its administrator', async () => {
    const boundary = 'XyZattack'
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="credentialKind"\r\n\r\nicscr\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${boundary}--\r\n`
    for (const origin of ['https://evil.example', 'null']) {
      const r = await raw('POST', routeAccess['routes/clinic/onboarding.tsx']!.sample, {
        headers: {
          origin,
          cookie: clinicAdmin.cookie(),
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
      })
      expect(r.status, origin).toBe(403)
    }
  })
})

describe('the log', () => {
  test('every line the server wrote is one JSON object, with request text escaped', async () => {
    // A path and a header that try to forge a log line.
    await raw('GET', '/%0a%7B%22forged%22:true%7D')
    await raw('POST', '/sign-in', {
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=x',
    })
    const lines = app
      .output()
      .split('\n')
      .filter((l) => l.trim() !== '')
    expect(lines.length).toBeGreaterThan(100)
    const notJson = lines.filter((l) => {
      try {
        return typeof JSON.parse(l) !== 'object'
      } catch {
        return true
      }
    })
    expect(notJson.slice(0, 5)).toEqual([])
    expect(lines.filter((l) => /^\s+at /.test(l))).toEqual([])
    expect(lines.some((l) => (JSON.parse(l) as { forged?: boolean }).forged)).toBe(false)
  })
})
