import type { LocalisedPage } from '#domain/content/types.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import { contentPage } from '../../content/pages.ts'

/**
 * A reviewed long-form page (content/pages/<locale>/<slug>.md) as sanitised
 * HTML, in the viewer's language or in English; null when there is no such page.
 * Parsed once per process (server/content/pages.ts).
 */
export function readContentPage(slug: string, locale: Locale): LocalisedPage | null {
  return contentPage(slug, locale)
}
