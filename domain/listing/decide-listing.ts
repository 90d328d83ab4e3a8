import { policyReason } from './reason.ts'
import { screenClaims } from './red-flags.ts'
import { registryOf } from './registry-ids.ts'
import { policySources } from './sources.ts'
import type {
  DocumentKind,
  Evidenced,
  JurisdictionRule,
  PolicyDecision,
  PolicyOffer,
  PolicyProvider,
  Reason,
  Verdict,
} from './types.ts'

export type ListingInput = {
  offer: PolicyOffer
  provider: PolicyProvider
  rules: readonly JurisdictionRule[]
  /** Whether the evidence for this treatment and condition is still investigational (trials only, or unproven). */
  investigational: boolean
  now: Date
}

const documentOf: Record<
  Exclude<DocumentKind, 'trial-registry-id'>,
  (t: NonNullable<PolicyOffer['trial']>) => Evidenced | undefined
> = {
  'regulator-permission': (t) => t.regulatorPermission,
  'ethics-committee-approval': (t) => t.ethicsApproval,
  'icscr-registration': (t) => t.icscrRegistration,
}

export function findRule(rules: readonly JurisdictionRule[], countryCode: string, treatmentClass: string) {
  return rules.find((r) => r.countryCode === countryCode && r.treatmentClass === treatmentClass) ?? null
}

function trialReasons(offer: PolicyOffer, rule: JurisdictionRule): Reason[] {
  const reasons: Reason[] = []
  const basis = { ruleId: rule.id, source: rule.sources[0] ?? policySources.ndct }
  const trial = offer.trial
  if (!trial || !trial.registryId.trim()) {
    return [policyReason({ code: 'trial.missing-trial-registry-id', severity: 'needs-documents', basis })]
  }
  const registry = registryOf(trial.registryId)
  const accepted = rule.acceptedRegistries ?? ['CTRI', 'NCT']
  if (!registry) {
    reasons.push(
      policyReason({
        code: 'trial.invalid-registry-id',
        severity: 'needs-documents',
        basis,
        values: { registryId: trial.registryId.slice(0, 40) },
      }),
    )
  } else if (!accepted.includes(registry)) {
    reasons.push(
      policyReason({
        code: 'trial.registry-not-accepted',
        severity: 'needs-documents',
        basis: { ruleId: rule.id, source: policySources.fda2021 },
        values: { registry, accepted: accepted.join(' / ') },
      }),
    )
  }
  for (const kind of rule.requiredDocuments) {
    if (kind === 'trial-registry-id') continue
    const doc = documentOf[kind](trial)
    if (!doc || !doc.reference.trim()) {
      reasons.push(policyReason({ code: `trial.missing-${kind}`, severity: 'needs-documents', basis }))
    } else if (doc.verification === 'failed') {
      reasons.push(
        policyReason({
          code: `trial.failed-${kind}`,
          severity: 'block',
          basis,
          values: { reference: doc.reference.slice(0, 60) },
        }),
      )
    } else if (doc.verification === 'unverified') {
      reasons.push(policyReason({ code: `trial.unverified-${kind}`, severity: 'needs-documents', basis }))
    }
  }
  return reasons
}

function lawReasons(
  offer: PolicyOffer,
  provider: PolicyProvider,
  rules: readonly JurisdictionRule[],
): Reason[] {
  const rule = findRule(rules, provider.countryCode, offer.treatmentClass)
  if (!rule) {
    if (offer.treatmentClass !== 'cell-based-intervention') return []
    return [
      policyReason({
        code: 'rule.missing',
        severity: 'needs-documents',
        basis: { source: policySources.isscr },
        values: { country: provider.countryCode },
      }),
    ]
  }
  const basis = { ruleId: rule.id, source: rule.sources[0] ?? policySources.ngscr }
  switch (rule.requirement) {
    case 'allowed':
      return offer.pathway === 'registered-trial' ? trialReasons(offer, rule) : []
    case 'registered-trial-only':
      if (offer.pathway !== 'registered-trial') {
        return [
          policyReason({
            code: 'rule.paid-cell-therapy',
            severity: 'block',
            basis,
            values: { country: rule.countryCode },
          }),
        ]
      }
      return trialReasons(offer, rule)
    case 'approved-product-or-trial':
      if (offer.pathway === 'registered-trial') return trialReasons(offer, rule)
      if (rule.approvedTreatmentIds?.includes(offer.treatmentId)) return []
      return [
        policyReason({
          code: 'rule.unapproved-product',
          severity: 'block',
          basis,
          values: { country: rule.countryCode },
        }),
      ]
  }
}

function qualityReasons(input: ListingInput): Reason[] {
  const { offer, provider, now, investigational } = input
  const reasons: Reason[] = []
  const today = now.toISOString().slice(0, 10)
  for (const a of provider.accreditations) {
    if (a.verification === 'failed') {
      reasons.push(
        policyReason({
          code: 'accreditation.failed',
          severity: 'warn',
          basis: { source: policySources.jci },
          values: { accreditor: a.accreditor },
        }),
      )
    } else if (a.validTo < today) {
      reasons.push(
        policyReason({
          code: 'accreditation.expired',
          severity: 'warn',
          basis: { source: policySources.jci },
          values: { accreditor: a.accreditor, date: a.validTo },
        }),
      )
    }
  }
  if (
    offer.treatmentClass === 'cell-based-intervention' &&
    (!offer.protocol?.trim() || !offer.cellSource || !offer.route)
  ) {
    reasons.push(
      policyReason({
        code: 'offer.undocumented-protocol',
        severity: 'warn',
        basis: { source: policySources.isscr },
      }),
    )
  }
  if (offer.chargesForInvestigationalProduct) {
    reasons.push(
      policyReason({
        code: 'offer.pay-for-investigational',
        severity: 'warn',
        basis: { source: policySources.fda2021 },
      }),
    )
  }
  if (investigational) {
    reasons.push(
      policyReason({
        code: 'evidence.investigational',
        severity: 'warn',
        basis: { source: policySources.isscr },
      }),
    )
  }
  return reasons
}

const rank: Record<Verdict, number> = {
  listable: 0,
  'listable-with-warnings': 1,
  'needs-documents': 2,
  blocked: 3,
}

export function verdictOf(reasons: readonly Reason[]): Verdict {
  let verdict: Verdict = 'listable'
  for (const r of reasons) {
    const v: Verdict =
      r.severity === 'block'
        ? 'blocked'
        : r.severity === 'needs-documents'
          ? 'needs-documents'
          : 'listable-with-warnings'
    if (rank[v] > rank[verdict]) verdict = v
  }
  return verdict
}

/**
 * The listing policy: every reason an offer may not be shown as it is, each
 * tied to its rule and source. Blocked beats needs-documents beats warnings.
 */
export function decideListing(input: ListingInput): PolicyDecision {
  const reasons = [
    ...lawReasons(input.offer, input.provider, input.rules),
    ...screenClaims(input.offer.claimsText),
    ...qualityReasons(input),
  ]
  return { verdict: verdictOf(reasons), reasons }
}

export function isPublic(verdict: Verdict): boolean {
  return verdict === 'listable' || verdict === 'listable-with-warnings'
}
