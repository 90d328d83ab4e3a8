import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { HttpSession } from './http-session.ts'

/**
 * A browser context already signed in as a demo account (or as `session`'s
 * person): the sign-in is the same form post over plain HTTP, and its cookies
 * go into the browser, as better-auth set them (HTTP-only, SameSite=Lax). For
 * tests whose subject is a page behind the sign-in, not the sign-in itself: the
 * sign-in page is covered by patient-sign-up, account-recovery and
 * staff-two-factor, and driving it through the browser again costs a page load,
 * its scripts and a redirect each time.
 */
export async function signedInContext(
  browser: Browser,
  baseUrl: string,
  who: string | HttpSession,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const session = typeof who === 'string' ? await new HttpSession(baseUrl).signIn(who) : who
  const context = await browser.newContext(options)
  const cookies = session
    .cookie()
    .split('; ')
    .filter(Boolean)
    .map((c) => {
      const i = c.indexOf('=')
      return {
        name: c.slice(0, i),
        value: c.slice(i + 1),
        url: baseUrl,
        httpOnly: true,
        sameSite: 'Lax' as const,
      }
    })
  await context.addCookies(cookies)
  return context
}

/** A new page in a context signed in as `who` (see signedInContext). */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  who: string | HttpSession,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await signedInContext(browser, baseUrl, who, options)
  return { context, page: await context.newPage() }
}
