import { baseDatabaseUrl, prepareTemplateDatabase, removeTemplateDatabase } from './server-database.ts'
import { prepareTemplateDataDir, removeTemplateDataDir, startTestRuntime } from './test-runtime.ts'

// Create and migrate the database once; each integration file starts from a
// copy: of a data folder on PGlite, of a template database on the server
// (tests/setup/integration-file.ts, ADR 0072).
export default async function setup() {
  const baseUrl = baseDatabaseUrl()
  if (baseUrl) {
    await prepareTemplateDatabase(baseUrl, async (templateUrl) => {
      const runtime = await startTestRuntime({ DATABASE_URL: templateUrl })
      await runtime.cleanup()
    })
    return () => removeTemplateDatabase(baseUrl)
  }
  await prepareTemplateDataDir()
  return removeTemplateDataDir
}
