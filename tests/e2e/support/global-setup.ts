import { ensureBuild } from '../../../scripts/ensure-build.ts'
import { findChromium } from './chromium.ts'

// Build once before any browser-test file starts an app, and fail fast without a browser.
export default function setup() {
  findChromium()
  ensureBuild()
}
