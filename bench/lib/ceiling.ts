import { createServer } from 'node:http'
import { drive, fetchOk, type LoadResult } from './load.ts'

// The ceiling for HTTP benchmarks: a bare Node server answering every request
// with one fixed page, driven by the same client at the same concurrency.
// Nothing the app does can be faster than this on the same machine, so the
// app's throughput over it says how much the app itself costs.
export async function measureBareServer(
  page: string | Buffer,
  connections: number,
  seconds: number,
  /** The client the benchmark itself uses, so both sides of the ratio pay the same. */
  fetcher: typeof fetch = fetch,
): Promise<LoadResult> {
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page)
  })
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', () => resolve()))
  const url = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`
  try {
    // A short warm-up, so the JIT and the connection pool are not measured.
    await drive(() => fetchOk(url, fetcher).then(() => {}), connections, Math.min(2, seconds / 2))
    return await drive(() => fetchOk(url, fetcher).then(() => {}), connections, seconds)
  } finally {
    bare.closeAllConnections()
    await new Promise<void>((resolve) => bare.close(() => resolve()))
  }
}
