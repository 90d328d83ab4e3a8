import { eq, inArray } from 'drizzle-orm'
import { demoContent } from '../content/demo-content.ts'
import type { Db } from '../db/client.ts'
import { provider } from '../db/schema/app.ts'
import {
  accreditation,
  condition,
  exchangeRate,
  offer,
  practitioner,
  providerCheck,
  treatment,
} from '../db/schema/catalogue.ts'
import { decideOfferVerdict } from '../use-cases/catalogue/decide-offer-verdict.ts'
import { publishListingChange } from '../catalogue/listing-changed.ts'
import { usdCentsOf } from '#domain/cases/viewer-currency.ts'

// The fictional demo catalogue (content/demo/providers.json and offers.json):
// providers' details, accreditations, checks, teams and offers, each offer
// judged by the listing policy with the rules in force.
export async function seedDemoCatalogue(db: Db, now: Date): Promise<void> {
  const demoProviders = Object.values(demoContent.providers)
  const ids = demoProviders.map((p) => p.id)
  const providers = await db.select().from(provider).where(inArray(provider.id, ids))
  const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code
  for (const p of providers) {
    const d = demoProviders.find((x) => x.id === p.id)!
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
    .values(
      demoProviders.flatMap((p) =>
        p.accreditations.map((a) => ({ ...a, providerId: p.id, verifiedAt: now })),
      ),
    )
    .onConflictDoNothing()
  await db
    .insert(providerCheck)
    .values(demoProviders.flatMap((p) => p.checks.map((c) => ({ ...c, providerId: p.id, checkedAt: now }))))
    .onConflictDoNothing()
  await db
    .insert(practitioner)
    .values(demoProviders.flatMap((p) => p.team.map((t) => ({ ...t, providerId: p.id }))))
    .onConflictDoNothing()

  const [rateRows, treatmentRows, conditionRows] = await Promise.all([
    db.select().from(exchangeRate),
    db.select().from(treatment),
    db.select().from(condition),
  ])
  const rates = Object.fromEntries(rateRows.map((r) => [r.currency, Number(r.perUsd)]))
  const treatmentById = Object.fromEntries(treatmentRows.map((t) => [t.id, t]))
  const conditionById = Object.fromEntries(conditionRows.map((c) => [c.id, c]))
  for (const o of Object.values(demoContent.offers)) {
    const p = providers.find((x) => x.id === o.providerId)!
    const decision = await decideOfferVerdict(db, o, now)
    const toUsdCents = (minor: number) => usdCentsOf(minor, o.price!.currency, rates[o.price!.currency]!)
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
      // Reviewed with the project's content; a clinic's own offers start `pending` (ADR 0052).
      reviewStatus: 'approved' as const,
    }
    await db.insert(offer).values(row).onConflictDoUpdate({ target: offer.id, set: row })
  }
  await publishListingChange(db)
}
