import { ensureBuild } from '../../../scripts/ensure-build.ts'
import { findChromium } from './chromium.ts'

// Build once before any browser-test file starts an app (files would otherwise
// race to build), and fail fast when there is no browser.
export default function setup() {
  console.log(`Browser tests use Chromium at ${findChromium()}`)
  ensureBuild()
}
