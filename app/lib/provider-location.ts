import { displayName } from '#domain/i18n/format.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import type { Translate } from '#domain/i18n/translate.ts'

/** Where a provider is, as the catalogue says it: "Bengaluru, India" in the viewer's language. */
export function providerLocation(t: Translate, locale: Locale, city: string, countryCode: string): string {
  return t('home.providers.location', { city, country: displayName(locale, 'region', countryCode) })
}
