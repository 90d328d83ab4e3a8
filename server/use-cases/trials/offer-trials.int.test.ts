import { randomInt, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseCtgovStudy } from '#domain/trials/parse-ctgov-study.ts'
import { demoIds } from '#server/seed/demo-ids.ts'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { provider } from '../../db/schema/app.ts'
import { offer } from '../../db/schema/catalogue.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { trialStore } from '../../stores/trial-store.ts'
import { getProviderProfile } from '../catalogue/public-catalogue.ts'
import { listWithheldOffers } from '../review/withheld-offers.ts'

// Each trial offer shows its registry record and, in plain flags, where the
// registry does not back the offer up: on the public profile and on the
// reviewer's list of withheld offers (issue 16).
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  rt = await startTestRuntime()
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
})
afterAll(async () => {
  await rt?.cleanup()
})

const now = new Date('2026-11-20T10:00:00Z')
const fixture = readFileSync(
  path.join(import.meta.dirname, '../../../tests/fixtures/trials/ctgov-kaveri-als-recruiting.json'),
  'utf8',
)

/** Imports the fixture study under an id of its own, with a change, fetched on `fetchedAt`. */
type StudySection = {
  statusModule: Record<string, unknown>
  conditionsModule: unknown
  contactsLocationsModule: { locations: unknown[] }
}

async function aStudy(change: (s: StudySection) => void, fetchedAt: Date) {
  const id = `NCT${randomInt(10_000_000, 99_999_999)}`
  const json = JSON.parse(fixture.replace('NCT06543210', id))
  change(json.protocolSection)
  const raw = JSON.stringify(json)
  const parsed = parseCtgovStudy(raw)
  if (!parsed.ok) throw new Error(parsed.error.message)
  await trialStore(rt.database.db).upsert(
    parsed.value,
    { kind: 'ctgov-json', raw, file: 'test.json', fetchedAt, batchId: null },
    now,
  )
  return id
}

/** A reviewed clinic in Pune with one ALS trial offer claiming `registryId`, public or blocked. */
async function aClinicClaiming(registryId: string, verdict: 'listable' | 'blocked') {
  const id = `test-kaveri-${randomUUID().slice(0, 8)}`
  await rt.database.db.insert(provider).values({
    id,
    slug: id,
    name: 'Kaveri Neuroscience Hospital',
    kind: 'hospital',
    countryCode: 'IN',
    city: 'Pune',
    summary: 'A clinic made by a test.',
    reviewStatus: 'approved',
  })
  await rt.database.db.insert(offer).values({
    id: `${id}-trial`,
    providerId: id,
    treatmentId: 'msc-ntf',
    conditionId: 'als',
    title: 'Taking part in an ALS cell trial',
    pathway: 'registered-trial',
    trial: { registryId },
    verdict,
    verdictReasons: [],
    verdictAt: now,
    reviewStatus: 'approved',
  })
  return { slug: id, offerId: `${id}-trial` }
}

const trialOf = async (slug: string, offerId: string, at = now) =>
  (await getProviderProfile(rt, slug, at))!.offers.find((o) => o.id === offerId)!.registryTrial

describe(`trial records on pages, on ${engineUnderTest}`, () => {
  test('the demo trial offer shows its seeded registry record, with nothing to flag', async () => {
    const seededAt = new Date()
    const trial = await trialOf(demoIds.providerSlug.lotusNeuro, demoIds.offer.lotusTrial, seededAt)
    expect(trial).toMatchObject({
      registryId: 'CTRI/2025/03/012345',
      record: {
        registry: 'CTRI',
        status: 'recruiting',
        phases: ['phase-2'],
        conditions: ['Amyotrophic lateral sclerosis'],
        sites: [{ facility: 'Lotus Neuro Care Hospital', city: 'Bengaluru', country: 'India' }],
        registeredProspectively: true,
        regulatoryClearance: 'Approved/Obtained',
      },
      flags: [],
    })
    // Offers without a claimed trial carry none.
    const profile = await getProviderProfile(rt, demoIds.providerSlug.lotusNeuro, seededAt)
    expect(profile!.offers.filter((o) => o.registryTrial).map((o) => o.id)).toEqual([
      demoIds.offer.lotusTrial,
    ])
  })

  test('a recruiting trial that lists the clinic and studies ALS under another name shows its facts and no flag', async () => {
    const id = await aStudy(() => {}, new Date('2026-11-10T00:00:00Z'))
    const { slug, offerId } = await aClinicClaiming(id, 'listable')
    const trial = await trialOf(slug, offerId)
    expect(trial).toEqual({
      registryId: id,
      record: expect.objectContaining({
        status: 'recruiting',
        phases: ['phase-1', 'phase-2'],
        conditions: ['Motor Neuron Disease'],
        fetchedOn: '2026-11-10',
        registered: { precision: 'day', date: '2024-11-20' },
      }),
      flags: [],
    })
    // The public view carries no address, investigator or raw file.
    expect(Object.keys(trial!.record!.sites[0]!).sort()).toEqual(['city', 'country', 'facility'])
    expect(JSON.stringify(trial)).not.toContain('protocolSection')
  })

  test('the profile flags a trial that stopped recruiting, does not list the clinic, studies another condition and is out of date', async () => {
    const id = await aStudy((s) => {
      s.statusModule.overallStatus = 'COMPLETED'
      s.conditionsModule = { conditions: ['Parkinson Disease'] }
      s.contactsLocationsModule.locations = [
        { facility: 'Deccan Institute of Neurology', city: 'Hyderabad', country: 'India' },
      ]
    }, new Date('2026-09-01T00:00:00Z'))
    const { slug, offerId } = await aClinicClaiming(id, 'listable')
    expect((await trialOf(slug, offerId))!.flags).toEqual([
      { code: 'trial.not-recruiting', status: 'completed', lastKnownStatus: null },
      { code: 'trial.provider-not-a-site' },
      { code: 'trial.other-condition', conditions: ['Parkinson Disease'] },
      { code: 'trial.stale', days: 80 },
    ])
  })

  test('a claimed trial with no imported record is shown as not checked', async () => {
    const { slug, offerId } = await aClinicClaiming(`NCT${randomInt(10_000_000, 99_999_999)}`, 'listable')
    expect(await trialOf(slug, offerId)).toMatchObject({
      record: null,
      flags: [{ code: 'trial.not-imported' }],
    })
  })

  test('the reviewer’s withheld offers carry the same flags', async () => {
    const id = await aStudy(
      (s) => (s.statusModule.overallStatus = 'TERMINATED'),
      new Date('2026-11-19T00:00:00Z'),
    )
    const { offerId } = await aClinicClaiming(id, 'blocked')
    const withheld = (await listWithheldOffers(rt, now)).find((o) => o.id === offerId)
    expect(withheld?.registryTrial).toMatchObject({
      registryId: id,
      record: { status: 'terminated' },
      flags: [{ code: 'trial.not-recruiting', status: 'terminated' }],
    })
  })
})
