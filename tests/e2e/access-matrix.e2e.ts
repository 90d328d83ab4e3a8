import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { RouteConfigEntry } from '@react-router/dev/routes'
import routes from '../../app/routes.ts'
import { demoDraftCase, demoSentCase, routeAccess, type RouteAccess } from '../../app/route-access.ts'
import { isStaff, type Role } from '../../domain/accounts/roles.ts'
import { startApp } from './support/server.ts'
import { totp } from './support/totp.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Every route in app/routes.ts, as every role: allowed, sent to sign in, or
// "not found" (never a 403, never the page). A route without a declaration in
// app/route-access.ts fails here.
type Visitor = 'anonymous' | Role
const visitors: Visitor[] = [
  'anonymous',
  'patient',
  'caregiver',
  'coordinator',
  'clinic-staff',
  'reviewer',
  'second-opinion-doctor',
  'admin',
]
const emails: Record<Role, string> = {
  patient: demoIds.email.patient,
  caregiver: demoIds.email.caregiver,
  coordinator: demoIds.email.coordinator,
  'clinic-staff': demoIds.email.clinic,
  reviewer: demoIds.email.reviewer,
  'second-opinion-doctor': demoIds.email.secondOpinionDoctor,
  admin: demoIds.email.admin,
}

function routeFiles(entries: RouteConfigEntry[]): string[] {
  return entries.flatMap((r) => [r.file, ...(r.children ? routeFiles(r.children) : [])])
}

let app: Awaited<ReturnType<typeof startApp>>
const jars = new Map<Visitor, Map<string, string>>()

function cookieHeader(v: Visitor) {
  return [...(jars.get(v) ?? new Map()).entries()].map(([k, val]) => `${k}=${val}`).join('; ')
}
function remember(v: Visitor, response: Response) {
  const jar = jars.get(v) ?? new Map<string, string>()
  for (const c of response.headers.getSetCookie()) {
    const [pair] = c.split(';')
    const i = pair!.indexOf('=')
    const value = pair!.slice(i + 1)
    if (/Max-Age=0/i.test(c) || value === '') jar.delete(pair!.slice(0, i))
    else jar.set(pair!.slice(0, i), value)
  }
  jars.set(v, jar)
}
async function send(v: Visitor, path: string, form?: Record<string, string>) {
  const response = await fetch(app.url + path, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: cookieHeader(v),
      origin: app.url,
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form) : undefined,
  })
  remember(v, response)
  return response
}

beforeAll(async () => {
  app = await startApp()
  for (const role of Object.keys(emails) as Role[]) {
    const signIn = await send(role, '/sign-in', { email: emails[role], password: demoIds.password })
    expect(signIn.status, role).toBe(302)
    if (isStaff(role)) {
      const setup = await (
        await send(role, '/account/two-factor', { password: demoIds.password, next: '/account' })
      ).text()
      const secret = /data-testid="totp-secret"[^>]*>([A-Z2-7=]+)</.exec(setup)![1]!
      const confirm = await send(role, '/account/two-factor', {
        intent: 'confirm',
        code: totp(secret),
        next: '/account',
      })
      expect(confirm.status, role).toBe(302)
    }
  }
})
afterAll(async () => {
  await app?.stop()
})

function expected(access: RouteAccess, v: Visitor): number | 'sign-in' | 'redirect' {
  const a = access.audience
  switch (a.kind) {
    case 'anyone':
    case 'development':
      return access.status ?? 200
    case 'guests':
      return v === 'anonymous' ? 200 : 'redirect'
    case 'signed-in':
      return v === 'anonymous' ? 'sign-in' : (access.status ?? 200)
    case 'roles':
      return v === 'anonymous' ? 'sign-in' : a.roles.includes(v) ? (access.status ?? 200) : 404
  }
}

describe('access matrix', () => {
  const files = routeFiles(routes)

  test('every route in app/routes.ts has an access declaration, and no declaration is stale', () => {
    expect(files.filter((f) => !routeAccess[f])).toEqual([])
    expect(Object.keys(routeAccess).filter((f) => !files.includes(f))).toEqual([])
  })

  for (const file of files) {
    test(`${file}`, async () => {
      const access = routeAccess[file]
      if (!access) throw new Error(`${file} has no declaration in app/route-access.ts`)
      for (const v of visitors) {
        const response = await send(v, access.sample)
        const want = expected(access, v)
        const where = `${access.sample} as ${v}`
        if (want === 'sign-in') {
          expect(response.status, where).toBe(302)
          expect(response.headers.get('location'), where).toMatch(/^\/sign-in(\?|$)/)
        } else if (want === 'redirect') {
          expect([302, 303], where).toContain(response.status)
        } else {
          expect(response.status, where).toBe(want)
        }
        expect(response.status, where).not.toBe(403)
      }
      // Someone else's id (another family's case): never the data, never 403; 404 for every role.
      for (const foreign of [access.foreign ?? []].flat()) {
        for (const v of visitors) {
          const response = await send(v, foreign)
          const where = `${foreign} as ${v}`
          if (v === 'anonymous') {
            expect(response.status, where).toBe(302)
            expect(response.headers.get('location'), where).toMatch(/^\/sign-in(\?|$)/)
          } else {
            expect(response.status, where).toBe(404)
          }
        }
      }
    })
  }

  test('routes with ids are also tried with ids that belong to someone else', () => {
    const withIds = files.filter(
      (f) => routeAccess[f]!.sample.includes(demoDraftCase) || routeAccess[f]!.sample.includes(demoSentCase),
    )
    const patientSide = withIds.filter(
      (f) =>
        f.startsWith('routes/patient/') || f.startsWith('routes/clinic/') || f.includes('document-download'),
    )
    expect(patientSide.filter((f) => !routeAccess[f]!.foreign)).toEqual([])
  })
})
