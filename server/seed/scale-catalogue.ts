import { asc, sql } from 'drizzle-orm'
import { decideListing } from '#domain/listing/decide-listing.ts'
import { registryOf } from '#domain/listing/registry-ids.ts'
import type { TreatmentClass } from '#domain/listing/types.ts'
import type { Db } from '../db/client.ts'
import { publishListingChange } from '../catalogue/listing-changed.ts'
import { exchangeRate, treatment } from '../db/schema/catalogue.ts'
import { currentJurisdictionRules } from '../use-cases/catalogue/current-rules.ts'
import { minorDigits } from '#domain/quotes/currencies.ts'

// A large, deterministic catalogue for benchmarks: N providers and 10×N offers,
// judged by the real listing policy. The same N always gives the same rows.
function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const countries = [
  {
    code: 'IN',
    cities: ['Bengaluru', 'Chennai', 'New Delhi', 'Mumbai', 'Hyderabad', 'Kochi'],
    currency: 'INR',
  },
  { code: 'KR', cities: ['Seoul', 'Busan', 'Incheon'], currency: 'KRW' },
  { code: 'DE', cities: ['Cologne', 'Berlin', 'Munich', 'Hamburg'], currency: 'EUR' },
  { code: 'MX', cities: ['Guadalajara', 'Monterrey', 'Mexico City'], currency: 'MXN' },
  { code: 'TH', cities: ['Bangkok', 'Chiang Mai', 'Phuket'], currency: 'THB' },
  { code: 'TR', cities: ['Istanbul', 'Ankara', 'Izmir'], currency: 'TRY' },
]
const syllables = [
  'lo',
  'tus',
  'ha',
  'na',
  'ri',
  'vel',
  'mar',
  'sun',
  'ka',
  'de',
  'mi',
  'ra',
  'so',
  'bel',
  'tan',
  'or',
]
const kinds = ['hospital', 'clinic'] as const
const languagesPool = ['en', 'ar', 'fr', 'ru', 'hi', 'de', 'es', 'tr', 'th', 'ko']
const claims = [
  'A coordinated team assessment with a written plan for your home doctor.',
  'Breathing support helps people with ALS sleep better and live longer.',
  'Rehabilitation keeps people independent for longer. It does not slow ALS itself.',
  'Our stem cells are 100% safe and help ALS, autism and cerebral palsy.',
  'An 85% success rate with our regenerative package.',
]

/** Removes the generated providers, so a shared test database holds only what its tests expect. */
export async function removeScaleCatalogue(db: Db): Promise<void> {
  await db.execute(sql`delete from provider where id like 'scale-%'`)
  await publishListingChange(db)
}

export async function generateScaleCatalogue(
  db: Db,
  providers: number,
  offersPerProvider = 10,
): Promise<{ providers: number; offers: number }> {
  const rand = mulberry32(20261124 + providers)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  // The reference data and rules in force, as the database holds them.
  const [rateRows, treatments, jurisdictionRules] = await Promise.all([
    db.select().from(exchangeRate),
    db.select().from(treatment).orderBy(asc(treatment.id)),
    currentJurisdictionRules(db),
  ])
  const rates = Object.fromEntries(rateRows.map((r) => [r.currency, Number(r.perUsd)]))
  const treatmentList = treatments.map((t) => ({
    id: t.id,
    cls: t.treatmentClass as TreatmentClass,
    name: t.name,
    cellSource: t.cellSource,
    route: t.route,
  }))
  await db.execute(sql`delete from provider where id like 'scale-%'`)
  // Offers alike in everything the policy reads get the same verdict: judged
  // once (reading the claims is most of the time of a large catalogue). A
  // registry number is read only for its registry, unless it has none.
  const verdicts = new Map<string, ReturnType<typeof decideListing>>()
  let offerCount = 0
  const batch = 500
  for (let start = 0; start < providers; start += batch) {
    const providerRows: unknown[] = []
    const offerRows: unknown[] = []
    for (let i = start; i < Math.min(providers, start + batch); i++) {
      const country = pick(countries)
      const city = pick(country.cities)
      const name = `${pick(syllables)}${pick(syllables)}${pick(syllables)} ${pick(['Neuro', 'Care', 'Medical', 'Health', 'Rehab'])} ${pick(['Hospital', 'Clinic', 'Centre', 'Institute'])}`
      const id = `scale-${i}`
      const languages = [...new Set([pick(languagesPool), pick(languagesPool), 'en'])]
      providerRows.push(
        sql`(${id}, ${id}, ${name}, ${pick(kinds)}, ${country.code}, ${city}, 'Generated for benchmarks.', ${`{${languages.join(',')}}`}::text[], true, ${`${name} ${city} ${country.code}`.toLowerCase()}, now() - (${Math.floor(rand() * 365)} || ' days')::interval, 'approved')`,
      )
      for (let j = 0; j < offersPerProvider; j++) {
        const t = pick(treatmentList)
        const pathway =
          t.cls === 'cell-based-intervention' && rand() < 0.5 ? 'registered-trial' : 'standard-care'
        const claimsText = pick(claims)
        const registryId =
          pathway === 'registered-trial' ? `CTRI/2025/0${1 + (j % 9)}/0${String(100000 + i).slice(1)}` : null
        const registry = registryId === null ? 'none' : (registryOf(registryId) ?? registryId)
        const alike = [t.id, pathway, claimsText, country.code, registry].join('|')
        let decision = verdicts.get(alike)
        if (!decision) {
          decision = decideListing({
            offer: {
              id: `${id}-o${j}`,
              title: t.name,
              pathway,
              treatmentId: t.id,
              treatmentClass: t.cls,
              cellSource: t.cellSource,
              route: t.route,
              protocol: 'Generated protocol.',
              claimsText,
              trial: registryId ? { registryId } : null,
            },
            provider: { id, countryCode: country.code, accreditations: [] },
            rules: jurisdictionRules,
            investigational: t.cls === 'cell-based-intervention',
            now: new Date('2026-11-24T00:00:00Z'),
          })
          verdicts.set(alike, decision)
        }
        const usdMin = Math.round(300 + rand() * 20000)
        const usdMax = usdMin + Math.round(rand() * 5000)
        const perUsd = rates[country.currency] ?? 1
        offerRows.push(
          sql`(${`${id}-o${j}`}, ${id}, ${t.id}, 'als', ${t.name}, ${pathway}, ${Math.round(usdMin * perUsd * 10 ** minorDigits(country.currency))}, ${Math.round(usdMax * perUsd * 10 ** minorDigits(country.currency))}, ${country.currency}, ${usdMin * 100}, ${usdMax * 100}, ${claimsText}, ${`${t.name} amyotrophic lateral sclerosis ${name} ${city}`.toLowerCase()}, ${decision.verdict}, ${JSON.stringify(decision.reasons)}::jsonb, now(), ${1 + Math.floor(rand() * 20)}, 'approved')`,
        )
        offerCount++
      }
    }
    await db.execute(
      sql`insert into provider (id, slug, name, kind, country_code, city, summary, languages, is_demo, search_text, last_verified_at, review_status) values ${sql.join(providerRows as never[], sql`, `)}`,
    )
    for (let k = 0; k < offerRows.length; k += 1000) {
      await db.execute(
        sql`insert into offer (id, provider_id, treatment_id, condition_id, title, pathway, price_min_minor, price_max_minor, currency, price_min_usd_cents, price_max_usd_cents, claims_text, search_text, verdict, verdict_reasons, verdict_at, length_of_stay_days, review_status) values ${sql.join(offerRows.slice(k, k + 1000) as never[], sql`, `)}`,
      )
    }
  }
  await publishListingChange(db)
  // Regenerating deletes the previous rows; vacuum so measurements do not read dead ones.
  for (const table of ['provider', 'offer', 'provider_listing', 'search_word'])
    await db.execute(sql.raw(`vacuum analyze ${table}`))
  return { providers, offers: offerCount }
}
