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

const documentName: Record<DocumentKind, string> = {
  'trial-registry-id': 'a valid trial registry number',
  'regulator-permission': 'the regulator’s permission for the trial (in India, DCGI Form CT-06)',
  'ethics-committee-approval':
    'approval from a registered ethics committee (in India, registered with CDSCO)',
  'icscr-registration': 'an institutional stem cell committee registered with NAC-SCRT',
}

export function findRule(rules: readonly JurisdictionRule[], countryCode: string, treatmentClass: string) {
  return rules.find((r) => r.countryCode === countryCode && r.treatmentClass === treatmentClass) ?? null
}

function trialReasons(offer: PolicyOffer, rule: JurisdictionRule): Reason[] {
  const reasons: Reason[] = []
  const basis = { ruleId: rule.id, source: rule.sources[0] ?? policySources.ndct }
  const trial = offer.trial
  if (!trial || !trial.registryId.trim()) {
    return [
      {
        code: 'trial.missing-trial-registry-id',
        severity: 'needs-documents',
        explanation: `A trial listing needs ${documentName['trial-registry-id']}.`,
        basis,
      },
    ]
  }
  const registry = registryOf(trial.registryId)
  const accepted = rule.acceptedRegistries ?? ['CTRI', 'NCT']
  if (!registry) {
    reasons.push({
      code: 'trial.invalid-registry-id',
      severity: 'needs-documents',
      explanation: `“${trial.registryId.slice(0, 40)}” is not a valid registry number (expected CTRI/YYYY/MM/NNNNNN or NCT followed by eight digits).`,
      basis,
    })
  } else if (!accepted.includes(registry)) {
    reasons.push({
      code: 'trial.registry-not-accepted',
      severity: 'needs-documents',
      explanation: `A ${registry} listing alone does not show a trial is authorised here; this country needs a ${accepted.join(' or ')} registration.`,
      basis: { ruleId: rule.id, source: policySources.fda2021 },
    })
  }
  for (const kind of rule.requiredDocuments) {
    if (kind === 'trial-registry-id') continue
    const doc = documentOf[kind](trial)
    if (!doc || !doc.reference.trim()) {
      reasons.push({
        code: `trial.missing-${kind}`,
        severity: 'needs-documents',
        explanation: `The listing needs ${documentName[kind]}.`,
        basis,
      })
    } else if (doc.verification === 'failed') {
      reasons.push({
        code: `trial.failed-${kind}`,
        severity: 'block',
        explanation: `Our reviewers could not confirm ${documentName[kind]} (${doc.reference.slice(0, 60)}).`,
        basis,
      })
    } else if (doc.verification === 'unverified') {
      reasons.push({
        code: `trial.unverified-${kind}`,
        severity: 'needs-documents',
        explanation: `${documentName[kind][0]!.toUpperCase()}${documentName[kind].slice(1)} is provided but not yet verified by our reviewers.`,
        basis,
      })
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
      {
        code: 'rule.missing',
        severity: 'needs-documents',
        explanation: `We have no reviewed rule for cell-based interventions in ${provider.countryCode}; a reviewer must check the law before this can be listed.`,
        basis: { source: policySources.isscr },
      },
    ]
  }
  const basis = { ruleId: rule.id, source: rule.sources[0] ?? policySources.ngscr }
  switch (rule.requirement) {
    case 'allowed':
      return offer.pathway === 'registered-trial' ? trialReasons(offer, rule) : []
    case 'registered-trial-only':
      if (offer.pathway !== 'registered-trial') {
        return [
          {
            code: 'rule.paid-cell-therapy',
            severity: 'block',
            explanation: `${rule.summary} This offer sells it as treatment instead.`,
            basis,
          },
        ]
      }
      return trialReasons(offer, rule)
    case 'approved-product-or-trial':
      if (offer.pathway === 'registered-trial') return trialReasons(offer, rule)
      if (rule.approvedTreatmentIds?.includes(offer.treatmentId)) return []
      return [
        {
          code: 'rule.unapproved-product',
          severity: 'block',
          explanation: `${rule.summary} This product is not approved there, and the offer is not a registered trial.`,
          basis,
        },
      ]
  }
}

function qualityReasons(input: ListingInput): Reason[] {
  const { offer, provider, now, investigational } = input
  const reasons: Reason[] = []
  const today = now.toISOString().slice(0, 10)
  for (const a of provider.accreditations) {
    if (a.verification === 'failed') {
      reasons.push({
        code: 'accreditation.failed',
        severity: 'warn',
        explanation: `The provider claims ${a.accreditor} accreditation, but our reviewers could not confirm it.`,
        basis: { source: policySources.jci },
      })
    } else if (a.validTo < today) {
      reasons.push({
        code: 'accreditation.expired',
        severity: 'warn',
        explanation: `The ${a.accreditor} accreditation expired on ${a.validTo}.`,
        basis: { source: policySources.jci },
      })
    }
  }
  if (
    offer.treatmentClass === 'cell-based-intervention' &&
    (!offer.protocol?.trim() || !offer.cellSource || !offer.route)
  ) {
    reasons.push({
      code: 'offer.undocumented-protocol',
      severity: 'warn',
      explanation:
        'The cell source, route or written protocol is missing. A trustworthy provider documents all three.',
      basis: { source: policySources.isscr },
    })
  }
  if (offer.chargesForInvestigationalProduct) {
    reasons.push({
      code: 'offer.pay-for-investigational',
      severity: 'warn',
      explanation:
        'Patients are charged for an investigational product. In a genuine trial the sponsor normally provides it.',
      basis: { source: policySources.fda2021 },
    })
  }
  if (investigational) {
    reasons.push({
      code: 'evidence.investigational',
      severity: 'warn',
      explanation:
        'This treatment is still being tested: it is not proven to help, and it may cause harm. Read the evidence summary before deciding.',
      basis: { source: policySources.isscr },
    })
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
