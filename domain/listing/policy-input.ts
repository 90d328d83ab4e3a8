import { parseCalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { ListingInput } from './decide-listing.ts'
import {
  treatmentClasses,
  type Evidenced,
  type JurisdictionRule,
  type PolicyOffer,
  type PolicyProvider,
} from './types.ts'

// Reads the JSON a clinic gives `npm run policy:check`, with a clear message
// for every problem. The rules are the ones in force (the database's, ADR 0028).
type Issues = string[]

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function str(
  o: Record<string, unknown>,
  key: string,
  path: string,
  issues: Issues,
  optional = false,
): string | undefined {
  const v = o[key]
  if (v === undefined || v === null) {
    if (!optional) issues.push(`${path}.${key} is required (text)`)
    return undefined
  }
  if (typeof v !== 'string') {
    issues.push(`${path}.${key} must be text`)
    return undefined
  }
  return v
}

/** A yes/no field: absent is `fallback`; anything but true or false is refused, never read as no. */
function bool(
  o: Record<string, unknown>,
  key: string,
  path: string,
  issues: Issues,
  fallback: boolean,
): boolean {
  const v = o[key]
  if (v === undefined || v === null) return fallback
  if (typeof v !== 'boolean') {
    issues.push(`${path}${key} must be true or false (without quotes), not ${JSON.stringify(v)}`)
    return fallback
  }
  return v
}

function texts(o: Record<string, unknown>, key: string, path: string, issues: Issues): string[] | null {
  const v = o[key]
  if (v === undefined || v === null) return null
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    issues.push(`${path}.${key} must be a list of texts`)
    return null
  }
  return v
}

/**
 * The text of a policy:check file as JSON. A byte-order mark, which some
 * editors write at the start of a UTF-8 file, is not part of the JSON.
 */
export function readPolicyJson(
  text: string,
): Result<unknown, { code: 'policy-input.unreadable'; message: string }> {
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')))
  } catch (error) {
    return err({
      code: 'policy-input.unreadable',
      message: error instanceof Error ? error.message : String(error),
    })
  }
}

function evidenced(v: unknown, path: string, issues: Issues): Evidenced | undefined {
  if (v === undefined || v === null) return undefined
  if (!isObject(v)) {
    issues.push(`${path} must be an object with "reference" and "verification"`)
    return undefined
  }
  const reference = str(v, 'reference', path, issues) ?? ''
  const verification = v.verification ?? 'unverified'
  if (verification !== 'verified' && verification !== 'unverified' && verification !== 'failed') {
    issues.push(`${path}.verification must be "verified", "unverified" or "failed"`)
    return undefined
  }
  return { reference, verification }
}

export function parsePolicyInput(
  raw: unknown,
  now: Date,
  rules: readonly JurisdictionRule[],
): Result<ListingInput, { code: 'policy-input.invalid'; issues: string[] }> {
  const issues: Issues = []
  if (!isObject(raw))
    return err({
      code: 'policy-input.invalid',
      issues: ['the file must hold a JSON object with "offer" and "provider"'],
    })
  const o = raw.offer
  const p = raw.provider
  if (!isObject(o)) issues.push('offer is required (an object)')
  if (!isObject(p)) issues.push('provider is required (an object)')
  if (!isObject(o) || !isObject(p)) return err({ code: 'policy-input.invalid', issues })

  const pathway = o.pathway ?? 'standard-care'
  if (pathway !== 'standard-care' && pathway !== 'registered-trial')
    issues.push('offer.pathway must be "standard-care" or "registered-trial"')
  const treatmentClass = o.treatmentClass
  if (!(treatmentClasses as readonly unknown[]).includes(treatmentClass)) {
    issues.push(`offer.treatmentClass must be one of: ${treatmentClasses.join(', ')}`)
  }
  let trial: PolicyOffer['trial'] = null
  if (o.trial !== undefined && o.trial !== null) {
    if (!isObject(o.trial)) issues.push('offer.trial must be an object')
    else {
      trial = {
        registryId: str(o.trial, 'registryId', 'offer.trial', issues) ?? '',
        regulatorPermission: evidenced(
          o.trial.regulatorPermission,
          'offer.trial.regulatorPermission',
          issues,
        ),
        ethicsApproval: evidenced(o.trial.ethicsApproval, 'offer.trial.ethicsApproval', issues),
        icscrRegistration: evidenced(o.trial.icscrRegistration, 'offer.trial.icscrRegistration', issues),
      }
    }
  }
  const countryCode = (str(p, 'countryCode', 'provider', issues) ?? '').toUpperCase()
  if (countryCode && !/^[A-Z]{2}$/.test(countryCode))
    issues.push('provider.countryCode must be a two-letter country code such as "IN"')
  const accreditations: PolicyProvider['accreditations'] = []
  if (p.accreditations !== undefined) {
    if (!Array.isArray(p.accreditations)) issues.push('provider.accreditations must be a list')
    else
      p.accreditations.forEach((a: unknown, i: number) => {
        const path = `provider.accreditations[${i}]`
        if (!isObject(a)) return void issues.push(`${path} must be an object`)
        const validTo = str(a, 'validTo', path, issues) ?? ''
        if (validTo && !parseCalendarDate(validTo))
          issues.push(`${path}.validTo must be a real date like 2027-01-31 (got "${validTo.slice(0, 20)}")`)
        const v = evidenced(
          { reference: str(a, 'accreditor', path, issues) ?? '', verification: a.verification },
          path,
          issues,
        )
        accreditations.push({
          accreditor: v?.reference ?? '',
          validTo,
          verification: v?.verification ?? 'unverified',
        })
      })
  }
  const investigational = bool(raw, 'investigational', '', issues, false)
  const chargesForInvestigationalProduct = bool(
    o,
    'chargesForInvestigationalProduct',
    'offer.',
    issues,
    false,
  )
  const inclusions = texts(o, 'inclusions', 'offer', issues)
  const exclusions = texts(o, 'exclusions', 'offer', issues)
  const conditionId = str(o, 'conditionId', 'offer', issues, true) ?? null
  const claimsText = str(o, 'claimsText', 'offer', issues, true) ?? ''
  if (claimsText.length > 20_000) issues.push('offer.claimsText is longer than 20,000 characters')
  if (issues.length > 0) return err({ code: 'policy-input.invalid', issues })
  return ok({
    offer: {
      id: str(o, 'id', 'offer', issues, true) ?? 'offer',
      title: str(o, 'title', 'offer', issues, true) ?? '',
      pathway: pathway as PolicyOffer['pathway'],
      treatmentId: str(o, 'treatmentId', 'offer', issues, true) ?? '',
      treatmentClass: treatmentClass as PolicyOffer['treatmentClass'],
      cellSource: str(o, 'cellSource', 'offer', issues, true) ?? null,
      route: str(o, 'route', 'offer', issues, true) ?? null,
      protocol: str(o, 'protocol', 'offer', issues, true) ?? null,
      claimsText,
      inclusions,
      exclusions,
      conditionId,
      chargesForInvestigationalProduct,
      trial,
    },
    provider: { id: str(p, 'id', 'provider', issues, true) ?? 'provider', countryCode, accreditations },
    rules,
    investigational,
    now,
  })
}
