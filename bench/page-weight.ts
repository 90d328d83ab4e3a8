import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { ensureBuild } from '../scripts/ensure-build.ts'
import { startAppProcess } from './lib/app-process.ts'
import { databaseVersion, machineFacts } from './lib/machine.ts'
import { printTargets, target, writeResult } from './lib/results.ts'
import { demoIds } from '../server/seed/demo-ids.ts'

// `npm run bench:weight`: what the search, provider and long-form content
// pages send to a browser, gzipped: the HTML, and every script the page loads
// up front.
// Targets (issue 3): ≤ 150 KB of gzipped JavaScript and ≤ 60 KB of gzipped HTML.
// The floor, measured in the same run, is the JavaScript every page loads
// (React, the router, the root route): what no page can go below without
// changing the framework. The ratio says how much each page adds on top.
const pages = [
  '/providers?q=stem+cell+ALS+India',
  '/providers',
  `/providers/${demoIds.providerSlug.lotusNeuro}`,
  `/compare?offer=${demoIds.offer.lotusMdt}&offer=${demoIds.offer.rheinMdt}`,
  '/conditions/als',
  '/guides/stem-cells-for-als',
  '/how-we-rank',
]

async function main() {
  const startLoad = machineFacts().loadAverage
  ensureBuild()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'waypoint-weight-'))
  const app = await startAppProcess({ DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' })
  const rows: { page: string; htmlKb: number; jsKb: number; scripts: number }[] = []
  const gzBySrc = new Map<string, number>()
  const scriptSets: Set<string>[] = []
  try {
    for (const page of pages) {
      const html = await (await fetch(app.url + page)).text()
      const scripts = new Set<string>()
      for (const m of html.matchAll(/<link[^>]+rel="(?:held-)?modulepreload"[^>]+href="([^"]+)"/g))
        scripts.add(m[1]!)
      for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) scripts.add(m[1]!)
      for (const m of html.matchAll(/import\(?\s*"(\/assets\/[^"]+\.js)"/g)) scripts.add(m[1]!)
      let js = 0
      for (const src of scripts) {
        if (!gzBySrc.has(src))
          gzBySrc.set(src, gzipSync(Buffer.from(await (await fetch(app.url + src)).arrayBuffer())).length)
        js += gzBySrc.get(src)!
      }
      scriptSets.push(scripts)
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
  const shared = [...scriptSets[0]!].filter((src) => scriptSets.every((set) => set.has(src)))
  const floorKb = shared.reduce((sum, src) => sum + gzBySrc.get(src)!, 0) / 1024
  const ratio = worst.js / floorKb
  console.log(
    `floor: the ${shared.length} scripts every page loads, ${floorKb.toFixed(1)} KB gzipped; largest page / floor = ${ratio.toFixed(2)}`,
  )
  const targets = [
    target('largest JavaScript, KB gzipped', worst.js, '≤ 150', worst.js <= 150),
    target('largest HTML, KB gzipped', worst.html, '≤ 60', worst.html <= 60),
  ]
  printTargets(targets)
  writeResult({
    name: 'page-weight',
    database: await databaseVersion(null),
    startLoad,
    settings: { pages, nodeEnv: 'development' },
    rows,
    ceiling: {
      what: 'gzipped JavaScript that every page loads (framework floor)',
      value: floorKb,
      unit: 'KB',
    },
    ratio: { what: 'largest page JavaScript / floor', value: ratio },
    targets,
    figures: { worst },
  })
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
