import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { engineUnderTest, startTestRuntime } from '#tests/setup/test-runtime.ts'
import { seedDemoData } from '../../seed/seed-demo.ts'
import { generateScaleCatalogue, removeScaleCatalogue } from '../../seed/scale-catalogue.ts'
import { providerSearchPage } from './provider-search.ts'
import { forgetSearchVocabulary } from './search-vocabulary.ts'

// Issue 14: search understands French and Arabic as it understands English.
// The demo catalogue plus generated providers, so a wrong filter shows.
let rt: Awaited<ReturnType<typeof startTestRuntime>>
beforeAll(async () => {
  // A busy machine can take long to open a fresh embedded database.
  rt = await startTestRuntime({ DB_OPEN_TIMEOUT_MS: '120000' })
  await seedDemoData({ db: rt.database.db, auth: rt.auth, logger: rt.logger, printCredentials: false })
  await generateScaleCatalogue(rt.database.db, 60)
  forgetSearchVocabulary()
})
afterAll(async () => {
  // On the shared server the catalogue tests that follow expect the demo catalogue alone.
  if (rt) await removeScaleCatalogue(rt.database.db)
  forgetSearchVocabulary()
  await rt?.cleanup()
})

const search = (query: string) => providerSearchPage(rt, new URLSearchParams(query))
const ids = async (query: string) => (await search(query)).hits.map((h) => h.id)

describe(`search in every language on ${engineUnderTest}`, () => {
  test('"stem cells for ALS in India" in French and Arabic finds what the English finds', async () => {
    const english = await search('q=stem cells for ALS in India')
    expect(english.hits.map((h) => h.name)).toContain('Lotus Neuro Care Hospital')
    // Only providers in India with a cell therapy among their public offers.
    for (const hit of english.hits) {
      expect(hit.countryCode).toBe('IN')
      expect(hit.offerCount).toBeGreaterThan(0)
    }
    expect(english.total).toBeLessThan((await search('country=IN&condition=als')).total)
    for (const query of [
      'q=cellules souches pour la SLA en Inde',
      'q=Cellules souches, maladie de Charcot, Inde',
      'q=الخلايا الجذعية للتصلب الجانبي الضموري في الهند',
      'q=علاج التصلب الجانبي بالخلايا الجذعية في الهند',
      'q=الخَلايا الجذعيّة لِلتَّصلُّب الجانبـــي الضموري في الهند',
    ]) {
      const page = await search(query)
      expect(page.understood, query).toEqual(english.understood)
      expect(page.total, query).toBe(english.total)
      expect(
        page.hits.map((h) => h.id),
        query,
      ).toEqual(english.hits.map((h) => h.id))
    }
  })

  test('the filters a search shows, applied as they are, find what its words found', async () => {
    const words = await search('q=stem cells for ALS in India')
    expect(words.understood).toMatchObject({ condition: 'als', country: 'IN', treatment: 'stem-cells' })
    // The treatment filter offers the group the words named, not only single treatments.
    expect(words.vocabulary.treatmentGroupIds).toContain('stem-cells')
    const applied = await search(
      'q=stem cells for ALS in India&condition=als&treatment=stem-cells&country=IN',
    )
    expect(applied.ignored).toEqual([])
    expect(applied.hits.map((h) => h.id)).toEqual(words.hits.map((h) => h.id))
    // The group alone is a filter too: every cell therapy, wherever it is offered.
    const group = await search('treatment=stem-cells')
    expect(group.ignored).toEqual([])
    expect(group.total).toBeGreaterThanOrEqual(words.total)
    expect(group.total).toBeLessThan((await search('')).total)
  })

  test('the Arabic short name for ALS finds the ALS offers', async () => {
    const page = await search('q=التصلب الجانبي')
    expect(page.understood.condition).toBe('als')
    expect(page.total).toBe((await search('condition=als')).total)
    expect(page.total).toBeGreaterThan(0)
  })

  test('accents and letter forms do not matter in names', async () => {
    expect(await ids('q=bogazici')).toEqual(await ids('q=Boğaziçi'))
    expect(await ids('q=bogazici')).toHaveLength(1)
    expect(await ids('q=klinik rheinufer')).toEqual(await ids('q=KLINIK RHEINÜFER'))
  })

  test('typos are corrected in memory, and a word matching nothing finds nothing', async () => {
    expect(await ids('q=rehabilitaton')).toEqual(await ids('q=rehabilitation'))
    expect(await ids('q=Lotuss Neuro')).toContain('demo-lotus-neuro')
    const none = await search('q=qqqqzzzz')
    expect(none.total).toBe(0)
  })

  test('a name match ranks first, and counting stops far past the page', async () => {
    const page = await search('q=neuro')
    expect(page.hits[0]!.name.toLowerCase()).toContain('neuro')
    const broad = await search('')
    expect(broad.total).toBeGreaterThan(10)
    expect(broad.moreThan).toBe(false)
  })
})
