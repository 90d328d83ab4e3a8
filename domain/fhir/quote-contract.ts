import type { Contract, ContractTerm, Money, Patient, Reference } from '@medplum/fhirtypes'
import type { Quote } from '../quotes/check-quote.ts'
import { currencyOf } from '../quotes/currencies.ts'
import { QUANTITY_SCALE } from '../quotes/quote-line.ts'
import type { ReferralStatus } from '../referrals/referral.ts'
import type { CaseResourceIds } from './case-resource-ids.ts'
import { extensionUrls, systems } from './codes.ts'

// A clinic's itemised quote as an R4 Contract (ADR 0046): an offer that
// holds until a date and binds once the family accepts it. Each category is a
// term whose asset lists the lines as valued items (quantity, unit price,
// net); Waypoint's fee is its own term and line; what is and is not included
// are terms of their own; the validity is `applies.end`, a date in the
// clinic's zone. The contract is about the referral (topic) and authored by
// the clinic's Organization. Ready for the case export once quotes are stored.
export type QuoteStanding = 'offered' | 'accepted' | 'declined' | 'expired' | 'withdrawn'

export const contractStatus: Record<QuoteStanding, Contract['status']> = {
  offered: 'offered',
  accepted: 'executed',
  declined: 'rejected',
  // R4: "terminated: the contract reaches its expiry date".
  expired: 'terminated',
  withdrawn: 'revoked',
}

/** Where a quote stands, from its acceptance and its referral's status. */
export function quoteStandingOf(acceptedAt: Date | null, referralStatus: ReferralStatus): QuoteStanding {
  if (acceptedAt) return 'accepted'
  switch (referralStatus) {
    case 'declined-by-patient':
      return 'declined'
    case 'expired':
      return 'expired'
    case 'withdrawn':
    case 'closed':
    case 'declined-by-clinic':
    case 'not-eligible':
      return 'withdrawn'
    default:
      return 'offered'
  }
}

export type ExportedQuote = {
  id: string
  referralId: string
  providerId: string
  providerName: string
  quote: Quote
  standing: QuoteStanding
  issuedAt: Date
}

/** Minor units as a FHIR Money: JPY 15000 is 15000, KWD 1250 is 1.25. */
export function fhirMoney(m: Quote['totals']['overall']): Money {
  const units = currencyOf(m.currency)?.minorUnits ?? 2
  // Our table is ISO 4217's (content/reference/currencies.json), the same list FHIR binds Money to.
  return { value: Number((m.minor / 10 ** units).toFixed(units)), currency: m.currency as Money['currency'] }
}

export function quoteContract(q: ExportedQuote, ids: CaseResourceIds, patient: Reference<Patient>): Contract {
  const { quote } = q
  const byCategory: ContractTerm[] = quote.totals.byCategory.map(({ category }) => ({
    type: { coding: [{ system: systems.quoteCategory, code: category }] },
    offer: { text: category === 'waypoint-fee' ? 'Waypoint’s fee' : `Costs: ${category}` },
    asset: [
      {
        valuedItem: quote.lines
          .filter((l) => l.category === category)
          .map((l) => ({
            entityCodeableConcept: { text: l.category === 'waypoint-fee' ? 'Waypoint’s fee' : l.description },
            quantity: { value: l.quantityHundredths / QUANTITY_SCALE },
            unitPrice: fhirMoney(l.unitPrice),
            net: fhirMoney(l.total),
          })),
      },
    ],
  }))
  const listed = (text: string, items: readonly string[]): ContractTerm[] =>
    items.length > 0 ? [{ type: { text }, offer: { text: items.join('\n') } }] : []
  return {
    resourceType: 'Contract',
    id: ids.quote(q.id),
    extension: [{ url: extensionUrls.quoteTotal, valueMoney: fhirMoney(quote.totals.overall) }],
    identifier: [{ system: systems.quoteId, value: q.id }],
    status: contractStatus[q.standing],
    issued: q.issuedAt.toISOString(),
    applies: { end: quote.validUntil },
    subject: [patient],
    author: { reference: `Organization/${ids.organization(q.providerId)}`, display: q.providerName },
    topicReference: { reference: `ServiceRequest/${ids.referral(q.referralId)}` },
    term: [
      ...byCategory,
      ...listed('Included', quote.inclusions),
      ...listed('Not included', quote.exclusions),
    ],
  }
}
