import { formatDate, formatList } from '../i18n/format.ts'
import type { Translate } from '../i18n/format-message.ts'
import type { Locale } from '../i18n/locales.ts'
import { partialDateText } from './partial-date-text.ts'
import type { TrialForOffer } from './trial-for-offer.ts'

/** The parts of a registry record that need Intl to be written: its phases as a list and its dates. */
export type RegistryTrialText = {
  phases: string | null
  registered: string | null
  lastRefreshed: string
}

/**
 * Written once, by a public page's loader on the server, so the browser
 * builds no list or date formatter while the page hydrates (ADR 0078);
 * pages behind sign-in call it while rendering.
 */
export function registryTrialText(
  locale: Locale,
  t: Translate,
  record: NonNullable<TrialForOffer['record']>,
): RegistryTrialText {
  return {
    phases:
      record.phases.length > 0
        ? formatList(
            locale,
            record.phases.map((p) => t(`trial.phase.${p}`)),
          )
        : null,
    registered: record.registered ? partialDateText(locale, record.registered) : null,
    lastRefreshed: formatDate(locale, new Date(`${record.fetchedOn}T00:00:00Z`)),
  }
}
