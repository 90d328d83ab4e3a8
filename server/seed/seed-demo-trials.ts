import { parseCtriJson } from '#domain/trials/parse-ctri-record.ts'
import lotusTrial from '../../content/demo/trials/ctri-2025-03-012345.json' with { type: 'json' }
import type { Db } from '../db/client.ts'
import { trialStore } from '../stores/trial-store.ts'

// The demo's trial offer gets its registry record, as `npm run trials:import`
// would store it, so the demo profile shows the trial's status and sites. The
// record is fictional; its fetch date is the seeding time, so in a demo left
// running for a month the "not refreshed" flag appears as it would for real.
const demoTrialFiles = [{ file: 'content/demo/trials/ctri-2025-03-012345.json', json: lotusTrial }]

export async function seedDemoTrials(db: Db, now: Date): Promise<void> {
  for (const { file, json } of demoTrialFiles) {
    const raw = `${JSON.stringify(json, null, 2)}\n`
    const parsed = parseCtriJson(raw)
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`)
    await trialStore(db).upsert(
      parsed.value,
      { kind: 'ctri-json', raw, file, fetchedAt: now, batchId: null },
      now,
    )
  }
}
