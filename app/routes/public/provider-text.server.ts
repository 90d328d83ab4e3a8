import { writeDates, type WrittenDates } from '#app/lib/written-dates.ts'
import { displayName, formatMoney, formatMonthYear, formatList } from '#domain/i18n/format.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { translator } from '#domain/i18n/translate.ts'
import { readableValues } from '#domain/listing/reason-text.ts'
import type { StoredReason } from '#domain/listing/types.ts'
import { registryTrialText, type RegistryTrialText } from '#domain/trials/registry-trial-text.ts'
import type { TrialForOffer } from '#domain/trials/trial-for-offer.ts'

type DateValue = string | Date | null | undefined

/** What the provider page shows that needs Intl: written here, on the server, in the viewer's language. */
export type ProviderPageText = {
  country: string
  languages: string
  dates: WrittenDates
  offers: Record<string, { price: { min: string; max: string } | null; trial: RegistryTrialText | null }>
}

type ProfileForText = {
  provider: {
    countryCode: string
    languages: string[]
    lastVerifiedAt: DateValue
    ethicsCommittee?: { verifiedAt?: string } | null
    icscr?: { verifiedAt?: string } | null
  }
  accreditations: {
    validFrom: DateValue
    validTo: DateValue
    verifiedAt: DateValue
    standing: { standing: 'current' } | { standing: 'expired'; expiredOn: string }
  }[]
  credentials: {
    validTo: DateValue
    verifiedAt: DateValue
    standing: { standing: 'current' } | { standing: 'expired'; expiredOn: string }
  }[]
  offers: {
    id: string
    priceMinMinor: number | null
    priceMaxMinor: number | null
    currency: string | null
    registryTrial: TrialForOffer | null
  }[]
}

const expiredOn = (s: { standing: 'current' } | { standing: 'expired'; expiredOn: string }) =>
  s.standing === 'expired' ? s.expiredOn : null

/**
 * The provider page's dates, prices, language and country names and lists,
 * written for the page cache's language (ADR 0021) so that hydrating the page
 * builds no Intl object (ADR 0078).
 */
export function providerPageText(locale: Locale, profile: ProfileForText): ProviderPageText {
  const t = translator(locale)
  const p = profile.provider
  return {
    country: displayName(locale, 'region', p.countryCode),
    languages: formatList(
      locale,
      p.languages.map((l) => displayName(locale, 'language', l) ?? l),
    ),
    dates: writeDates(locale, [
      p.lastVerifiedAt,
      p.ethicsCommittee?.verifiedAt,
      p.icscr?.verifiedAt,
      ...profile.accreditations.flatMap((a) => [a.validFrom, a.validTo, a.verifiedAt, expiredOn(a.standing)]),
      ...profile.credentials.flatMap((c) => [c.validTo, c.verifiedAt, expiredOn(c.standing)]),
    ]),
    offers: Object.fromEntries(
      profile.offers.map((o) => [
        o.id,
        {
          price:
            o.priceMinMinor !== null && o.currency
              ? {
                  min: formatMoney(locale, o.priceMinMinor, o.currency),
                  max: formatMoney(locale, o.priceMaxMinor ?? o.priceMinMinor, o.currency),
                }
              : null,
          trial: o.registryTrial?.record ? registryTrialText(locale, t, o.registryTrial.record) : null,
        },
      ]),
    ),
  }
}

/** A listing reason with its country and date already in the viewer's words. */
export function writtenReason(locale: Locale, reason: StoredReason): StoredReason {
  return reason.values ? { ...reason, values: readableValues(reason.values, locale) } : reason
}

/** A review's month of treatment, in the viewer's words. */
export function treatedMonthText(locale: Locale, month: string): string {
  return formatMonthYear(locale, new Date(`${month}-01T00:00:00Z`))
}
