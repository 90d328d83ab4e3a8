import { localeInfo, type Locale } from '../i18n/locales.ts'
import type { PartialDate } from './trial-record.ts'

// A registry date shown at the precision it was published: "May 2023" is
// never turned into "1 May 2023".
const options: Record<PartialDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'long', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
}

export function partialDateText(locale: Locale, d: PartialDate): string {
  const iso = d.precision === 'day' ? d.date : d.precision === 'month' ? `${d.date}-01` : `${d.date}-01-01`
  return new Intl.DateTimeFormat(localeInfo[locale].intl, options[d.precision]).format(
    new Date(`${iso}T00:00:00Z`),
  )
}
