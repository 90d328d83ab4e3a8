import { totp } from './totp.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// A signed-in visitor over plain HTTP (no browser): a cookie jar, requests as
// a browser on our own origin would send them, and the demo sign-in with the
// TOTP enrolment every staff account needs.
export const demoPassword = demoIds.password
const staffRoles = [
  'coordinator',
  'clinic',
  'clinic-admin',
  'doctor',
  'lotus-doctor',
  'reviewer',
  'second-opinion',
  'admin',
]

export class HttpSession {
  private jar = new Map<string, string>()
  private readonly base: string
  private readonly fetch: typeof fetch
  /** `fetcher`: how requests go out (the soak benchmark gives each visitor its own address). */
  constructor(base: string, fetcher: typeof fetch = fetch) {
    this.base = base
    this.fetch = fetcher
  }

  cookie(): string {
    return [...this.jar.entries()].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  private remember(response: Response) {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const i = pair!.indexOf('=')
      const value = pair!.slice(i + 1)
      if (/Max-Age=0/i.test(c) || value === '') this.jar.delete(pair!.slice(0, i))
      else this.jar.set(pair!.slice(0, i), value)
    }
  }

  async send(
    path: string,
    init: {
      form?: Record<string, string | string[]>
      body?: BodyInit
      headers?: Record<string, string>
      duplex?: 'half'
      signal?: AbortSignal
    } = {},
  ): Promise<Response> {
    let body = init.body
    const headers: Record<string, string> = { cookie: this.cookie(), origin: this.base, ...init.headers }
    if (init.form) {
      const params = new URLSearchParams()
      for (const [k, v] of Object.entries(init.form)) for (const one of [v].flat()) params.append(k, one)
      body = params
      headers['content-type'] = 'application/x-www-form-urlencoded'
    }
    const response = await this.fetch(this.base + path, {
      method: body !== undefined ? 'POST' : 'GET',
      redirect: 'manual',
      headers,
      body,
      ...(init.duplex ? { duplex: init.duplex } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
    } as RequestInit)
    this.remember(response)
    return response
  }

  /**
   * Creates an account through the sign-up form and follows the link in its
   * confirmation email (the development mailbox), which signs the newcomer
   * in. For tests whose subject comes after sign-up: the sign-up pages and
   * the email are driven in the browser by patient-sign-up.e2e.ts.
   */
  async signUp(name: string, email: string, password: string): Promise<this> {
    const response = await this.send('/sign-up', { form: { name, email, password } })
    if (response.status !== 303) throw new Error(`sign-up of ${email} answered ${response.status}`)
    // The confirmation goes out through the job queue: look until it is there.
    let id: string | undefined
    for (const until = Date.now() + 20_000; !id;) {
      const mailbox = await (await this.send('/dev/mailbox')).text()
      const row = [...mailbox.matchAll(/<tr>.*?<\/tr>/g)].find((m) => m[0].includes(email))?.[0]
      id = row && /\/dev\/mailbox\/([0-9a-f-]{36})/.exec(row)?.[1]
      if (id) break
      if (Date.now() > until) throw new Error(`no confirmation email to ${email} arrived`)
      await new Promise((r) => setTimeout(r, 100))
    }
    const text = await (await this.send(`/dev/mailbox/${id}`)).text()
    const link = /href="(http[^"]+verify-email[^"]+)"/.exec(text)?.[1]?.replace(/&amp;/g, '&')
    if (!link) throw new Error(`the email to ${email} has no confirmation link`)
    const url = new URL(link)
    const verified = await this.send(url.pathname + url.search)
    if (verified.status < 300 || verified.status > 399 || !this.cookie().includes('session_token'))
      throw new Error(`confirming ${email} answered ${verified.status} without signing in`)
    return this
  }

  /** Signs a demo account in; staff accounts also enrol TOTP, as they must before any staff page. */
  async signIn(email: string): Promise<this> {
    const response = await this.send('/sign-in', { form: { email, password: demoPassword } })
    if (response.status !== 302) throw new Error(`sign-in of ${email} answered ${response.status}`)
    if (staffRoles.some((r) => email.startsWith(`${r}@`))) {
      const setup = await (
        await this.send('/account/two-factor', { form: { password: demoPassword, next: '/account' } })
      ).text()
      const secret = /data-testid="totp-secret"[^>]*>([A-Z2-7=]+)</.exec(setup)?.[1]
      if (!secret) throw new Error(`no TOTP secret offered to ${email}`)
      const confirm = await this.send('/account/two-factor', {
        form: { intent: 'confirm', code: totp(secret), next: '/account' },
      })
      if (confirm.status !== 302) throw new Error(`TOTP confirmation for ${email} answered ${confirm.status}`)
    }
    return this
  }
}
