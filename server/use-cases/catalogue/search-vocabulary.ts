import { asc, sql } from 'drizzle-orm'
import type { SearchVocabulary } from '#domain/search/search-query.ts'
import type { Synonyms } from '#domain/search/interpret-text.ts'
import { localeInfo, locales } from '#domain/i18n/locales.ts'
import { provider } from '../../db/schema/app.ts'
import { accreditation, condition, exchangeRate, treatment } from '../../db/schema/catalogue.ts'
import type { Runtime } from '../../runtime.ts'

export type Vocabulary = SearchVocabulary & {
  synonyms: Synonyms
  conditionNames: Record<string, string>
  treatmentNames: Record<string, string>
  rates: Record<string, { perUsd: number; asOf: string }>
}

// What the filters may hold: read from the catalogue, cached briefly because
// it changes only when the catalogue does.
let cached: { at: number; value: Vocabulary } | null = null
const TTL_MS = 60_000

const conditionWords: Record<string, string[]> = {
  als: [
    'als',
    'amyotrophic lateral sclerosis',
    'motor neurone disease',
    'motor neuron disease',
    'mnd',
    'lou gehrig',
    'sla',
    'sclerose laterale amyotrophique',
    'التصلب الجانبي الضموري',
    'مرض العصبون الحركي',
  ],
}

export async function loadSearchVocabulary(rt: Runtime, now = Date.now()): Promise<Vocabulary> {
  if (cached && now - cached.at < TTL_MS) return cached.value
  const db = rt.database.db
  const [conditions, treatments, countries, accreditors, languages, rates] = await Promise.all([
    db.select({ id: condition.id, name: condition.name }).from(condition).orderBy(asc(condition.name)),
    db.select({ id: treatment.id, name: treatment.name }).from(treatment).orderBy(asc(treatment.name)),
    db.selectDistinct({ code: provider.countryCode }).from(provider).orderBy(asc(provider.countryCode)),
    db
      .selectDistinct({ name: accreditation.accreditor })
      .from(accreditation)
      .orderBy(asc(accreditation.accreditor)),
    db.execute(sql`select distinct unnest(languages) as code from provider order by 1`),
    db.select().from(exchangeRate).orderBy(asc(exchangeRate.currency)),
  ])
  const countryCodes = countries.map((c) => c.code)
  const countryNames: Record<string, string[]> = {}
  for (const code of countryCodes) {
    countryNames[code] = locales.map(
      (l) => new Intl.DisplayNames([localeInfo[l].intl], { type: 'region' }).of(code) ?? code,
    )
  }
  const value: Vocabulary = {
    conditions: conditions.map((c) => c.id),
    treatments: treatments.map((t) => t.id),
    countries: countryCodes,
    accreditors: accreditors.map((a) => a.name),
    languages: ((languages as unknown as { rows: { code: string }[] }).rows ?? []).map((r) => r.code),
    currencies: rates.map((r) => r.currency),
    synonyms: { conditions: conditionWords, countries: countryNames },
    conditionNames: Object.fromEntries(conditions.map((c) => [c.id, c.name])),
    treatmentNames: Object.fromEntries(treatments.map((t) => [t.id, t.name])),
    rates: Object.fromEntries(
      rates.map((r) => [r.currency, { perUsd: Number(r.perUsd), asOf: String(r.asOf) }]),
    ),
  }
  cached = { at: now, value }
  return value
}

export function forgetSearchVocabulary(): void {
  cached = null
}
