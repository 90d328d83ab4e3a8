import { readConfig } from '../server/config.ts'
import { startRuntime } from '../server/runtime.ts'
import { generateScaleCatalogue } from '../server/seed/scale-catalogue.ts'
import { resetDemoData } from '../server/seed/seed-demo.ts'

// `npm run seed`: reset the demo accounts and providers.
// `npm run seed -- --scale N`: add N generated providers (10 offers each) for benchmarks.
// Stop the server first when it uses the embedded database (one process per data folder).
const scaleAt = process.argv.indexOf('--scale')
const scale = scaleAt >= 0 ? Number(process.argv[scaleAt + 1]) : null
if (scale !== null && (!Number.isInteger(scale) || scale < 1 || scale > 1_000_000)) {
  console.error('--scale needs a whole number of providers between 1 and 1,000,000')
  process.exit(2)
}
const config = { ...readConfig(), SEED_DEMO: 'never' as const }
try {
  const runtime = await startRuntime(config)
  if (scale !== null) {
    const started = Date.now()
    const made = await generateScaleCatalogue(runtime.database.db, scale)
    console.log(
      `Generated ${made.providers} providers and ${made.offers} offers in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    )
  } else {
    await resetDemoData({
      db: runtime.database.db,
      auth: runtime.auth,
      logger: runtime.logger,
      printCredentials: true,
      vault: { masterKey: runtime.masterKey, storage: runtime.storage },
    })
    console.log('Demo data reset.')
  }
  await runtime.stop()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
