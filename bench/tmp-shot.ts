import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { demoIds } from '../server/seed/demo-ids.ts'
import { launchBrowser } from '../tests/e2e/support/chromium.ts'
import { signedInContext } from '../tests/e2e/support/signed-in.ts'
import { HttpSession } from '../tests/e2e/support/http-session.ts'
import { startAppProcess } from './lib/app-process.ts'
import { benchDatabaseUrl } from './lib/machine.ts'
const secrets = { BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001', MASTER_KEY: 'b'.repeat(64) }
const app = await startAppProcess({ DATABASE_URL: benchDatabaseUrl(), DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'shot-')), ...secrets }, [])
const browser = await launchBrowser()
try {
  const session = await new HttpSession(app.url).signIn(demoIds.email.clinic)
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { cookie: session.cookie() } })
  const page = await ctx.newPage()
  await page.goto(app.url + '/clinic/referrals?view=waiting-on-us')
  await page.screenshot({ path: '/tmp/inbox-en.png', fullPage: false })
  // keyboard: tab to the views
  await page.keyboard.press('Tab'); await page.keyboard.press('Tab')
  const ar = await browser.newContext({ viewport: { width: 320, height: 800 }, extraHTTPHeaders: { cookie: session.cookie() + '; waypoint_lang=ar' } })
  const p2 = await ar.newPage()
  await p2.goto(app.url + '/clinic/referrals?view=new')
  await p2.screenshot({ path: '/tmp/inbox-ar-320.png', fullPage: false }); await p2.locator('.table-scroll').evaluate((e) => (e.scrollLeft = -120)); await p2.screenshot({ path: '/tmp/inbox-ar-320b.png' }); const p3 = await ctx.newPage(); await p3.setViewportSize({ width: 320, height: 800 }); await p3.goto(app.url + '/clinic/referrals'); await p3.locator('.table-scroll').scrollIntoViewIfNeeded(); await p3.screenshot({ path: '/tmp/inbox-en-320.png' })
  const views = await p2.locator('nav ul.case-nav a').evaluateAll((as) => as.map((a) => { const r = a.getBoundingClientRect(); return `${a.textContent} ${Math.round(r.width)}x${Math.round(r.height)}` }))
  console.log(views)
} finally { await browser.close(); await app.stop() }
