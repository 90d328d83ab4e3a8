import { judgeProduct } from './judge-product.ts'
import { isPublicVerdict } from './public-verdicts.ts'
import { policyReason } from './reason.ts'
import { registries, registryOf } from './registry-ids.ts'
import { screenTexts } from './screen-text.ts'
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

/**
 * Where no country rule is known, a registered trial is judged by what every
 * authorised trial has: a registry number, its regulator's permission and an
 * ethics committee's approval. A foreign trial that shows all three is not
 * held back for want of a rule about its country.
 */
const anyRegisteredTrial: JurisdictionRule = {
  id: 'any-registered-trial',
  countryCode: '*',
  treatmentClass: 'cell-based-intervention',
  requirement: 'registered-trial-only',
  requiredDocuments: ['trial-registry-id', 'regulator-permission', 'ethics-committee-approval'],
  acceptedRegistries: [...registries],
  summary:
    'A registered trial with its regulator’s permission and an ethics committee’s approval, where no country rule is known.',
  sources: [policySources.fda2021, policySources.isscr],
  effectiveDate: '2021-06-03',
  reviewDate: '2027-06-03',
}

/** Every text field of an offer: a claim counts wherever the provider writes it. */
export function offerTexts(offer: PolicyOffer): (string | null | undefined)[] {
  return [
    offer.title,
    offer.protocol,
    offer.claimsText,
    offer.cellSource,
    offer.route,
    ...(offer.inclusions ?? []),
    ...(offer.exclusions ?? []),
  ]
}

function lawReasons(
  offer: PolicyOffer,
  provider: PolicyProvider,
  rules: readonly JurisdictionRule[],
): Reason[] {
  const rule = findRule(rules, provider.countryCode, offer.treatmentClass)
  if (!rule) {
    if (offer.treatmentClass !== 'cell-based-intervention') return []
    if (offer.pathway === 'registered-trial') return trialReasons(offer, anyRegisteredTrial)
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
  'needs-review': 3,
  blocked: 4,
}

const verdictOfSeverity: Record<Reason['severity'], Verdict> = {
  block: 'blocked',
  review: 'needs-review',
  'needs-documents': 'needs-documents',
  warn: 'listable-with-warnings',
}

export function verdictOf(reasons: readonly Reason[]): Verdict {
  let verdict: Verdict = 'listable'
  for (const r of reasons) {
    const v = verdictOfSeverity[r.severity]
    if (rank[v] > rank[verdict]) verdict = v
  }
  return verdict
}

/**
 * The listing policy: every reason an offer may not be shown as it is, each
 * tied to its rule and source. Blocked beats needs-review beats
 * needs-documents beats warnings. The offer is judged as what its words say it
 * is (judgeProduct), and every one of its texts is screened.
 */
export function decideListing(input: ListingInput): PolicyDecision {
  const texts = offerTexts(input.offer)
  const product = judgeProduct(input.offer, texts)
  const offer = { ...input.offer, treatmentClass: product.treatmentClass }
  const permitted =
    offer.pathway === 'registered-trial' && offer.trial?.regulatorPermission?.verification === 'verified'
  const reasons = [
    ...lawReasons(offer, input.provider, input.rules),
    ...product.reasons,
    ...screenTexts(texts, { ignore: permitted ? ['claim.registered-with-regulator'] : [] }),
    ...qualityReasons({ ...input, offer }),
  ]
  return { verdict: verdictOf(reasons), reasons }
}

export function isPublic(verdict: Verdict): boolean {
  return isPublicVerdict(verdict)
}
