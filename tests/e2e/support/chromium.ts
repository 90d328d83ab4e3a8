import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

const INSTALL_HINT = 'Install one with `apt-get install -y chromium` or set CHROME_PATH to a Chromium binary.'

// No browser download works on our machines (closed network): use Debian's
// Chromium, or one a developer already has in Playwright's cache.
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${INSTALL_HINT}`)
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser']
  const cache = path.join(homedir(), '.cache', 'ms-playwright')
  if (existsSync(cache)) {
    const builds = readdirSync(cache)
      .filter((d) => d.startsWith('chromium-'))
      .sort()
      .reverse()
    for (const dir of builds) {
      candidates.push(
        path.join(cache, dir, 'chrome-linux', 'chrome'),
        path.join(cache, dir, 'chrome-linux64', 'chrome'),
      )
    }
  }
  const found = candidates.find((c) => existsSync(c))
  if (!found) throw new Error(`No Chromium found for the browser tests. ${INSTALL_HINT}`)
  return found
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    // Root needs --no-sandbox; the networking flags stop Chromium calling home,
    // which the closed network refuses many times a second.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
