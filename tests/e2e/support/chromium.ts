import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

// No browser download works on our machines: use the system Chromium.
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const cache = path.join(homedir(), '.cache', 'ms-playwright')
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium-'))
      .sort()
      .reverse()) {
      candidates.push(
        path.join(cache, dir, 'chrome-linux', 'chrome'),
        path.join(cache, dir, 'chrome-linux64', 'chrome'),
      )
    }
  }
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c!))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` or set CHROME_PATH to a Chromium binary.',
    )
  }
  return found
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
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
