import { Agent, type Dispatcher } from 'undici'
import { requestTimeoutMs } from './load.ts'

// The load generator shares the machine's two cores with the server and the
// database, so what it spends is taken from what it measures. fetch (WHATWG
// streams, header guards, decompression) cost the soak's client about as much
// CPU as a cached page costs the server. This is a fetch for benchmarks over
// undici's request API: one connection pool per agent, no redirects followed,
// the whole body read as bytes and not decompressed (a browser would unzip it
// on its own CPU, not the server's).
export function lightFetch(agent: Dispatcher = new Agent()): typeof fetch {
  return (async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' }
    new Headers(init.headers).forEach((value, name) => (headers[name] = value))
    const body = init.body
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof URLSearchParams))
      throw new Error('lightFetch sends text and form bodies only')
    if (body instanceof URLSearchParams) headers['content-type'] ??= 'application/x-www-form-urlencoded'
    const answer = await agent.request({
      origin: url.origin,
      path: url.pathname + url.search,
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers,
      body: body === undefined || body === null ? undefined : String(body),
      signal: init.signal ?? AbortSignal.timeout(requestTimeoutMs),
    })
    const chunks: Buffer[] = []
    for await (const chunk of answer.body) chunks.push(chunk as Buffer)
    const responseHeaders = new Headers()
    for (const [name, value] of Object.entries(answer.headers))
      for (const one of [value ?? []].flat()) responseHeaders.append(name, one)
    const empty = answer.statusCode === 204 || answer.statusCode === 304
    return new Response(empty ? null : Buffer.concat(chunks), {
      status: answer.statusCode,
      headers: responseHeaders,
    })
  }) as typeof fetch
}
