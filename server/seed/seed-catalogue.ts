import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { provider } from '../db/schema/app.ts'
import {
  accreditation,
  condition,
  evidence,
  exchangeRate,
  jurisdictionRule,
  offer,
  practitioner,
  providerCheck,
  treatment,
} from '../db/schema/catalogue.ts'
import { decideOfferVerdict } from '../use-cases/catalogue/decide-offer-verdict.ts'
import { refreshProviderListings } from '../use-cases/catalogue/refresh-listings.ts'
import {
  demoAccreditations,
  demoChecks,
  demoExtraProviders,
  demoOffers,
  demoPractitioners,
  demoProviderDetails,
} from './demo-catalogue.ts'
import { conditions, evidenceRecords, exchangeRates, treatments } from './evidence-data.ts'
import { jurisdictionRuleRows } from './jurisdiction-rule-rows.ts'

/** Reference data (conditions, treatments, evidence, rules, rates): upserted, so reviews update it. */
export async function seedReferenceData(db: Db): Promise<void> {
  for (const c of conditions) {
    await db.insert(condition).values(c).onConflictDoUpdate({ target: condition.id, set: c })
  }
  for (const t of treatments) {
    const row = { cellType: null, cellSource: null, cellOrigin: null, route: null, ...t }
    await db.insert(treatment).values(row).onConflictDoUpdate({ target: treatment.id, set: row })
  }
  for (const e of evidenceRecords) {
    await db.insert(evidence).values(e).onConflictDoUpdate({ target: evidence.id, set: e })
  }
  for (const r of jurisdictionRuleRows()) {
    await db.insert(jurisdictionRule).values(r).onConflictDoUpdate({ target: jurisdictionRule.id, set: r })
  }
  for (const r of exchangeRates) {
    await db.insert(exchangeRate).values(r).onConflictDoUpdate({ target: exchangeRate.currency, set: r })
  }
}

/** Demo providers' details, accreditations, checks, teams and offers, each offer judged by the listing policy. */
export async function seedDemoCatalogue(db: Db, now: Date): Promise<void> {
  await db
    .insert(provider)
    .values(demoExtraProviders.map((p) => ({ ...p, isDemo: true })))
    .onConflictDoNothing()
  const ids = Object.keys(demoProviderDetails)
  const providers = await db.select().from(provider).where(inArray(provider.id, ids))
  const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code
  for (const p of providers) {
    const d = demoProviderDetails[p.id]!
    await db
      .update(provider)
      .set({
        address: d.address,
        internationalDesk: d.internationalDesk,
        ethicsCommittee: d.ethicsCommittee ?? null,
        icscr: d.icscr ?? null,
        lastVerifiedAt: d.lastVerifiedAt ? new Date(d.lastVerifiedAt) : null,
        searchText: [p.name, p.city, countryName(p.countryCode), p.kind].join(' ').toLowerCase(),
      })
      .where(eq(provider.id, p.id))
  }
  await db
    .insert(accreditation)
    .values(demoAccreditations.map((a) => ({ ...a, verifiedAt: now })))
    .onConflictDoNothing()
  await db
    .insert(providerCheck)
    .values(demoChecks.map((c) => ({ ...c, checkedAt: now })))
    .onConflictDoNothing()
  await db.insert(practitioner).values(demoPractitioners).onConflictDoNothing()

  const rates = Object.fromEntries(exchangeRates.map((r) => [r.currency, Number(r.perUsd)]))
  const treatmentById = Object.fromEntries(treatments.map((t) => [t.id, t]))
  const conditionById = Object.fromEntries(conditions.map((c) => [c.id, c]))
  for (const o of demoOffers) {
    const p = providers.find((x) => x.id === o.providerId)!
    const decision = await decideOfferVerdict(db, o, now)
    const toUsdCents = (minor: number) => Math.round(minor / rates[o.price!.currency]!)
    const row = {
      id: o.id,
      providerId: o.providerId,
      treatmentId: o.treatmentId,
      conditionId: o.conditionId,
      title: o.title,
      pathway: o.pathway,
      protocol: o.protocol,
      sessions: o.sessions,
      lengthOfStayDays: o.lengthOfStayDays,
      inclusions: o.inclusions,
      exclusions: o.exclusions,
      priceMinMinor: o.price?.min ?? null,
      priceMaxMinor: o.price?.max ?? null,
      currency: o.price?.currency ?? null,
      priceMinUsdCents: o.price ? toUsdCents(o.price.min) : null,
      priceMaxUsdCents: o.price ? toUsdCents(o.price.max) : null,
      claimsText: o.claimsText,
      trial: o.trial ?? null,
      chargesForInvestigationalProduct: o.chargesForInvestigationalProduct ?? false,
      searchText: [
        o.title,
        treatmentById[o.treatmentId]?.name,
        conditionById[o.conditionId]?.name,
        o.pathway === 'registered-trial' ? 'clinical trial research' : 'care',
        p.name,
        p.city,
        countryName(p.countryCode),
      ]
        .join(' ')
        .toLowerCase(),
      verdict: decision.verdict,
      verdictReasons: decision.reasons,
      verdictAt: now,
    }
    await db.insert(offer).values(row).onConflictDoUpdate({ target: offer.id, set: row })
  }
  await refreshProviderListings(db)
}
