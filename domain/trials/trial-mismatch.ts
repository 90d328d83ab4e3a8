import { foldText } from '../search/normalise.ts'
import { daysBetween, type CalendarDate } from '../shared/calendar-date.ts'
import { enrollingStatuses, type TrialRecord, type TrialSite, type TrialStatus } from './trial-record.ts'

// What a family should know when an offer's claimed trial and the registry
// disagree. Each flag is a fact about the registry record, worded so it stays
// true when the record is sparse: "does not list this clinic" rather than
// "this clinic is not a site".

/** Registry data older than this is shown as out of date. */
export const staleAfterDays = 30

export type OfferTrialClaim = {
  registryId: string
  providerName: string
  providerCity: string
  /** ISO 3166 code. */
  providerCountry: string
  /** Every name of the offered condition, in any language ("ALS", "motor neurone disease", …). */
  conditionNames: readonly string[]
}

export type TrialMismatch =
  | { code: 'trial.not-imported' }
  | { code: 'trial.not-recruiting'; status: TrialStatus; lastKnownStatus: TrialStatus | null }
  | { code: 'trial.provider-not-a-site' }
  /** The trial recruits, but not at this clinic's site (ClinicalTrials.gov gives each site a status). */
  | { code: 'trial.site-not-recruiting'; status: TrialStatus }
  | { code: 'trial.other-condition'; conditions: string[] }
  | { code: 'trial.stale'; days: number }

export type TrialMismatchCode = TrialMismatch['code']

export function trialMismatches(
  claim: OfferTrialClaim,
  found: { record: TrialRecord; fetchedOn: CalendarDate } | null,
  today: CalendarDate,
): TrialMismatch[] {
  if (!found) return [{ code: 'trial.not-imported' }]
  const { record, fetchedOn } = found
  const flags: TrialMismatch[] = []
  if (!enrollingStatuses.includes(record.status)) {
    flags.push({
      code: 'trial.not-recruiting',
      status: record.status,
      lastKnownStatus: record.lastKnownStatus,
    })
  }
  const site = record.sites.find((s) => isProviderSite(claim, s))
  if (!site) flags.push({ code: 'trial.provider-not-a-site' })
  else if (
    enrollingStatuses.includes(record.status) &&
    site.status !== null &&
    !enrollingStatuses.includes(site.status)
  ) {
    flags.push({ code: 'trial.site-not-recruiting', status: site.status })
  }
  if (!isAboutCondition(record, claim.conditionNames)) {
    flags.push({ code: 'trial.other-condition', conditions: record.conditions })
  }
  const days = daysBetween(fetchedOn, today)
  if (days > staleAfterDays) flags.push({ code: 'trial.stale', days })
  return flags
}

/** Words that every hospital name shares and so prove nothing about which one it is. */
const generic = new Set([
  'the',
  'of',
  'and',
  'for',
  'de',
  'du',
  'la',
  'le',
  'des',
  'am',
  'an',
  'der',
  'hospital',
  'hospitals',
  'clinic',
  'clinics',
  'centre',
  'center',
  'medical',
  'care',
  'institute',
  'international',
  'research',
  'pvt',
  'ltd',
  'private',
  'limited',
])

/** A few cities that registries still write under an older name. */
const cityNames: readonly (readonly string[])[] = [
  ['bengaluru', 'bangalore'],
  ['mumbai', 'bombay'],
  ['chennai', 'madras'],
  ['kolkata', 'calcutta'],
  ['gurugram', 'gurgaon'],
  ['istanbul', 'constantinople'],
  ['cologne', 'koln'],
]

const countryAliases: Record<string, readonly string[]> = {
  KR: ['korea republic of', 'south korea', 'republic of korea'],
  TR: ['turkey', 'turkiye'],
  US: ['usa', 'united states of america'],
  GB: ['uk', 'united kingdom'],
}

const englishRegion = new Intl.DisplayNames(['en'], { type: 'region' })

/** `phrase` appears in `text` as whole words, both folded. */
const containsWords = (text: string, phrase: string) => phrase !== '' && ` ${text} `.includes(` ${phrase} `)

function sameCountry(siteCountry: string, code: string): boolean {
  const site = foldText(siteCountry)
  const names = [
    code,
    englishRegion.of(code.toUpperCase()) ?? '',
    ...(countryAliases[code.toUpperCase()] ?? []),
  ]
  return names.some((n) => foldText(n) === site)
}

function cityVariants(city: string): readonly string[] {
  const folded = foldText(city)
  return cityNames.find((names) => names.includes(folded)) ?? [folded]
}

function isProviderSite(claim: OfferTrialClaim, site: TrialSite): boolean {
  if (site.country && !sameCountry(site.country, claim.providerCountry)) return false
  const place = foldText([site.city, site.address, site.facility].filter(Boolean).join(' '))
  if (!cityVariants(claim.providerCity).some((c) => containsWords(place, c))) return false
  if (!site.facility) return false
  const facility = foldText(site.facility)
  const words = foldText(claim.providerName)
    .split(' ')
    .filter((w) => w && !generic.has(w))
  return words.length > 0 && words.every((w) => containsWords(facility, w))
}

function isAboutCondition(record: TrialRecord, names: readonly string[]): boolean {
  const listed = [...record.conditions, ...record.keywords]
  // A record that names no condition at all is judged on its titles.
  const texts = (listed.length > 0 ? listed : [record.title, record.officialTitle ?? '']).map(foldText)
  const phrases = names.map(foldText).filter(Boolean)
  return texts.some((t) => phrases.some((p) => containsWords(t, p)))
}
