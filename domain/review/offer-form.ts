import type { Locale } from '../i18n/locales.ts'
import { registryOf } from '../listing/registry-ids.ts'
import { currencyOf, type CurrencyCode } from '../quotes/currencies.ts'
import { parsePrice } from '../quotes/money.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { readChoice, readText, readYesNo, type FieldProblem } from './form-problems.ts'

// An offer as a clinic submits it (issue 16): what it is, for whom, how it is
// done, what it costs and what the clinic claims. The listing policy judges
// it at once (server/use-cases/catalogue/decide-offer-verdict.ts); a reviewer
// must still approve it before it is public (ADR 0052).
export const pathways = ['standard-care', 'registered-trial'] as const
export type Pathway = (typeof pathways)[number]

export const MAX_TITLE = 200
export const MAX_OFFER_TEXT = 4000
export const MAX_OFFER_SESSIONS = 1000
export const MAX_OFFER_STAY_DAYS = 365
export const MAX_OFFER_ITEMS = 30
export const MAX_OFFER_ITEM = 300

export type OfferInput = Partial<
  Record<
    | 'title'
    | 'treatment'
    | 'condition'
    | 'pathway'
    | 'protocol'
    | 'sessions'
    | 'lengthOfStayDays'
    | 'priceMin'
    | 'priceMax'
    | 'currency'
    | 'inclusions'
    | 'exclusions'
    | 'claimsText'
    | 'trialRegistryId'
    | 'chargesForInvestigationalProduct',
    string
  >
>

export type OfferSubmission = {
  title: string
  treatmentId: string
  conditionId: string
  pathway: Pathway
  protocol: string | null
  sessions: number | null
  lengthOfStayDays: number | null
  price: { min: number; max: number; currency: CurrencyCode } | null
  inclusions: string[]
  exclusions: string[]
  claimsText: string
  trialRegistryId: string | null
  chargesForInvestigationalProduct: boolean
}

export type OfferProblem =
  | FieldProblem
  | { code: 'offer.number-invalid'; field: 'sessions' | 'lengthOfStayDays'; max: number }
  | { code: 'offer.price-invalid'; field: 'priceMin' | 'priceMax' }
  | { code: 'offer.price-decimals'; field: 'priceMin' | 'priceMax'; allowed: number }
  | { code: 'offer.price-order'; field: 'priceMax' }
  | { code: 'offer.too-many-items'; field: 'inclusions' | 'exclusions'; max: number }
  | { code: 'offer.registry-id-invalid'; field: 'trialRegistryId' }

/** A whole number from 0 to max, or null when left empty. */
function optionalCount(
  problems: OfferProblem[],
  field: 'sessions' | 'lengthOfStayDays',
  raw: string | undefined,
  max: number,
): number | null {
  const t = (raw ?? '').trim()
  if (t === '') return null
  const n = /^\d{1,6}$/.test(t) ? Number(t) : NaN
  if (!(n >= 0 && n <= max)) {
    problems.push({ code: 'offer.number-invalid', field, max })
    return null
  }
  return n
}

/** One item a line, blank lines dropped. */
function lines(problems: OfferProblem[], field: 'inclusions' | 'exclusions', raw: string | undefined) {
  const items = (raw ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  if (items.length > MAX_OFFER_ITEMS)
    problems.push({ code: 'offer.too-many-items', field, max: MAX_OFFER_ITEMS })
  if (items.some((i) => i.length > MAX_OFFER_ITEM))
    problems.push({ code: 'onboarding.too-long', field, max: MAX_OFFER_ITEM })
  return items
}

function readPrice(problems: OfferProblem[], input: OfferInput, locale: Locale): OfferSubmission['price'] {
  const [minText, maxText] = [(input.priceMin ?? '').trim(), (input.priceMax ?? '').trim()]
  // A price is optional (a trial's product is free); when given, both ends and the currency are.
  if (minText === '' && maxText === '') return null
  const currency = currencyOf(input.currency)
  if (!currency) {
    problems.push({ code: 'onboarding.choose', field: 'currency' })
    return null
  }
  const read = (field: 'priceMin' | 'priceMax', text: string) => {
    if (text === '') {
      problems.push({ code: 'onboarding.missing', field })
      return null
    }
    const money = parsePrice(text, currency.code, locale)
    if (money.ok) return money.value.minor
    if (money.error.code === 'money.too-many-decimals')
      problems.push({ code: 'offer.price-decimals', field, allowed: money.error.allowed })
    else problems.push({ code: 'offer.price-invalid', field })
    return null
  }
  const min = read('priceMin', minText)
  const max = read('priceMax', maxText)
  if (min === null || max === null) return null
  if (min > max) {
    problems.push({ code: 'offer.price-order', field: 'priceMax' })
    return null
  }
  return { min, max, currency: currency.code }
}

export function checkOffer(
  input: OfferInput,
  ctx: { treatmentIds: readonly string[]; conditionIds: readonly string[]; locale: Locale },
): Result<OfferSubmission, OfferProblem[]> {
  const problems: OfferProblem[] = []
  const fields: FieldProblem[] = []
  const title = readText(fields, 'title', input.title, MAX_TITLE)
  const treatmentId = readChoice(fields, 'treatment', input.treatment, ctx.treatmentIds)
  const conditionId = readChoice(fields, 'condition', input.condition, ctx.conditionIds)
  const pathway = readChoice(fields, 'pathway', input.pathway, pathways)
  const protocol = readText(fields, 'protocol', input.protocol, MAX_OFFER_TEXT, true)
  const claimsText = readText(fields, 'claimsText', input.claimsText, MAX_OFFER_TEXT, true)
  const registryText = readText(
    fields,
    'trialRegistryId',
    input.trialRegistryId,
    40,
    pathway !== 'registered-trial',
  )
  const charges = readYesNo(
    fields,
    'chargesForInvestigationalProduct',
    input.chargesForInvestigationalProduct,
  )
  problems.push(...fields)
  const sessions = optionalCount(problems, 'sessions', input.sessions, MAX_OFFER_SESSIONS)
  const lengthOfStayDays = optionalCount(
    problems,
    'lengthOfStayDays',
    input.lengthOfStayDays,
    MAX_OFFER_STAY_DAYS,
  )
  const price = readPrice(problems, input, ctx.locale)
  const inclusions = lines(problems, 'inclusions', input.inclusions)
  const exclusions = lines(problems, 'exclusions', input.exclusions)
  const trialRegistryId = registryText === '' ? null : registryText.toUpperCase()
  if (trialRegistryId && !registryOf(trialRegistryId))
    problems.push({ code: 'offer.registry-id-invalid', field: 'trialRegistryId' })
  if (problems.length > 0 || !treatmentId || !conditionId || !pathway) return err(problems)
  return ok({
    title,
    treatmentId,
    conditionId,
    pathway,
    protocol: protocol === '' ? null : protocol,
    sessions,
    lengthOfStayDays,
    price,
    inclusions,
    exclusions,
    claimsText,
    trialRegistryId,
    chargesForInvestigationalProduct: charges,
  })
}
