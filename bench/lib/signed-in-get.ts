import { gunzipSync } from 'node:zlib'
import type { HttpSession } from '../../tests/e2e/support/http-session.ts'
import { lightFetch } from './light-fetch.ts'
import { requestTimeoutMs } from './load.ts'

// A signed-in person's page views for a load run. The session signs in with
// WHATWG fetch (its TOTP enrolment reads pages as text); the views then go
// out over lightFetch with that session's cookie, so the load generator,
// which shares the two cores with the app and the database, spends as little
// as it can of what it measures: bodies are read as bytes, not unzipped
// (ADR 0075). Every view must answer 200; `expectPage` checks once, on the
// unzipped text, that a view is the page it should be, not a sign-in page or
// an empty one.
export type SignedInGet = {
  /** GETs `path` with the session's cookie and reads the whole body; throws unless 200. */
  get(path: string): Promise<void>
  /** GETs `path` and throws unless its unzipped text matches every pattern. */
  expectPage(path: string, patterns: readonly RegExp[]): Promise<void>
}

export function signedInGet(
  base: string,
  session: HttpSession,
  fetcher: typeof fetch = lightFetch(),
): SignedInGet {
  const send = async (path: string) => {
    const response = await fetcher(base + path, {
      headers: { cookie: session.cookie() },
      signal: AbortSignal.timeout(requestTimeoutMs),
    })
    const body = Buffer.from(await response.arrayBuffer())
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
    return { body, encoding: response.headers.get('content-encoding') }
  }
  return {
    async get(path) {
      await send(path)
    },
    async expectPage(path, patterns) {
      const { body, encoding } = await send(path)
      const text = unzipped(body, encoding).toString('utf8')
      const missing = patterns.filter((p) => !p.test(text))
      if (missing.length > 0) throw new Error(`${path} is not the page expected: no ${missing.join(', ')}`)
    },
  }
}

/** The page's bytes as text: lightFetch leaves them as sent (the app gzips pages), fetch has unzipped them. */
function unzipped(body: Buffer, encoding: string | null): Buffer {
  return encoding === 'gzip' && body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body
}
