import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { resetDemoData } from '../server/seed/seed-demo.ts'

// `npm run seed`: reset the demo accounts and providers. Stop the server first
// when it uses the embedded database (one process per data folder).
const config = { ...readConfig(), SEED_DEMO: 'never' as const }
try {
  const runtime = await startRuntime(config)
  await resetDemoData({
    db: runtime.database.db,
    auth: runtime.auth,
    logger: runtime.logger,
    printCredentials: true,
  })
  console.log('Demo data reset.')
  await runtime.stop()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
