import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { ensureBuild } from '../scripts/ensure-build.ts'
import { startAppProcess } from './lib/app-process.ts'

// `npm run bench:weight`: what the search and provider pages send to a
// browser, gzipped: the HTML, and every script the page loads up front.
// Targets (issue 3): ≤ 150 KB of gzipped JavaScript and ≤ 60 KB of gzipped HTML.
const pages = [
  '/providers?q=stem+cell+ALS+India',
  '/providers',
  '/providers/lotus-neuro-care-bengaluru',
  '/compare?offer=offer-lotus-mdt&offer=offer-rhein-mdt',
]

async function main() {
  ensureBuild()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-weight-'))
  const app = await startAppProcess({ DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' })
  const rows: { page: string; htmlKb: number; jsKb: number; scripts: number }[] = []
  try {
    for (const page of pages) {
      const html = await (await fetch(app.url + page)).text()
      const scripts = new Set<string>()
      for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) scripts.add(m[1]!)
      for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) scripts.add(m[1]!)
      for (const m of html.matchAll(/import\(?\s*"(\/assets\/[^"]+\.js)"/g)) scripts.add(m[1]!)
      let js = 0
      for (const src of scripts)
        js += gzipSync(Buffer.from(await (await fetch(app.url + src)).arrayBuffer())).length
      rows.push({ page, htmlKb: gzipSync(html).length / 1024, jsKb: js / 1024, scripts: scripts.size })
    }
  } finally {
    await app.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  console.log('page                                                   HTML gz     JS gz  scripts')
  for (const r of rows)
    console.log(
      `${r.page.padEnd(52)} ${r.htmlKb.toFixed(1).padStart(7)} KB ${r.jsKb.toFixed(1).padStart(7)} KB ${String(r.scripts).padStart(5)}`,
    )
  const worst = { html: Math.max(...rows.map((r) => r.htmlKb)), js: Math.max(...rows.map((r) => r.jsKb)) }
  console.log(
    `${worst.js <= 150 ? 'MET ' : 'MISSED'}  JavaScript ≤ 150 KB gzipped (largest ${worst.js.toFixed(1)} KB)`,
  )
  console.log(
    `${worst.html <= 60 ? 'MET ' : 'MISSED'}  HTML ≤ 60 KB gzipped (largest ${worst.html.toFixed(1)} KB)`,
  )
  mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true })
  writeFileSync(
    path.join(import.meta.dirname, 'results', 'page-weight.json'),
    JSON.stringify({ benchmark: 'page-weight', rows, worst }, null, 2),
  )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
