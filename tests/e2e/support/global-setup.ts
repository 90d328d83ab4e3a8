import { ensureBuild } from '../../../scripts/ensure-build.ts'
import { findChromium } from './chromium.ts'
import { prepareTemplateDataDir, removeTemplateDataDir } from './server.ts'

// Build once before any browser-test file starts an app (files would otherwise
// race to build), fail fast when there is no browser, and make the seeded data
// folder that files start from.
export default async function setup() {
  console.log(`Browser tests use Chromium at ${findChromium()}`)
  ensureBuild()
  await prepareTemplateDataDir()
  return removeTemplateDataDir
}
