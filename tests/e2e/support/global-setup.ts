import { tmpdir } from 'node:os'
import path from 'node:path'
import { ensureBuild } from '../../../scripts/ensure-build.ts'
import { removeLeftoverFileDatabases } from '../../setup/server-database.ts'
import { findChromium } from './chromium.ts'
import { prepareTemplateDataDir, removeTemplateDataDir } from './server.ts'

// Build once before any browser-test file starts an app (files would otherwise
// race to build), fail fast when there is no browser, and make the seeded data
// folder that files start from.
export default async function setup() {
  console.log(`Browser tests use Chromium at ${findChromium()}`)
  // The files start the server about seventy times between them: each start
  // after the first reads the modules' compiled code from disk instead of
  // compiling it again (about a tenth of a start). Spawned servers inherit it.
  process.env.NODE_COMPILE_CACHE ??= path.join(tmpdir(), 'waypoint-e2e-compile-cache')
  ensureBuild()
  await prepareTemplateDataDir()
  // Databases of files a killed run stopped before they could drop them (own-server-database.ts).
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl) await removeLeftoverFileDatabases(serverUrl)
  return removeTemplateDataDir
}
