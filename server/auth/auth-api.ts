import type { Auth } from './auth.ts'

/** Set by the HTTP shell from the socket (server/http/request-log.ts); never taken from the client. */
export const CLIENT_ADDRESS_HEADER = 'x-waypoint-client-ip'

export type AuthReply = {
  ok: boolean
  status: number
  body: Record<string, unknown> | null
  setCookies: string[]
  location: string | null
  retryAfterSeconds: string | null
}

/**
 * Calls a better-auth endpoint the way a browser would, so its hooks, cookie
 * handling and checks all apply, and hands back the cookies for our own
 * HTML-form response. Only the caller's cookie and agent are forwarded.
 */
export async function callAuth(
  auth: Auth,
  publicUrl: string,
  path: string,
  options: { method?: 'GET' | 'POST'; body?: unknown; from?: Request; cookies?: string[] } = {},
): Promise<AuthReply> {
  const headers = new Headers({ origin: new URL(publicUrl).origin, accept: 'application/json' })
  const cookie = [options.from?.headers.get('cookie'), ...(options.cookies ?? []).map((c) => c.split(';')[0])]
    .filter(Boolean)
    .join('; ')
  if (cookie) headers.set('cookie', cookie)
  const agent = options.from?.headers.get('user-agent')
  if (agent) headers.set('user-agent', agent)
  // better-auth's rate limiter counts per address: without it, every visitor shared one count.
  const address = options.from?.headers.get(CLIENT_ADDRESS_HEADER)
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address)
  let body: string | undefined
  if (options.body !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const response = await auth.handler(
    new Request(new URL(`/api/auth${path}`, publicUrl), {
      method: options.method ?? 'POST',
      headers,
      body,
      redirect: 'manual',
    }),
  )
  const text = await response.text()
  let parsed: Record<string, unknown> | null = null
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null
  } catch {
    parsed = null
  }
  return {
    ok: response.ok,
    status: response.status,
    body: parsed,
    setCookies: response.headers.getSetCookie(),
    location: response.headers.get('location'),
    retryAfterSeconds: response.headers.get('x-retry-after') ?? response.headers.get('retry-after'),
  }
}
