import { quoteCategories, type QuoteCategory } from '../../domain/quotes/quote-categories.ts'
import { localeInfo, type Locale } from '../../domain/i18n/locales.ts'
import { formatCalendarDate } from '../../domain/i18n/format.ts'
import { translator, type MessageKey } from '../../domain/i18n/translate.ts'
import { zoneName } from '../../domain/intake/time-zones.ts'

// Every word the quote PDF prints, in the family's language, from the message
// catalogue (`summary.quote.*`: with the case summary's words, which no page
// sends to the browser).
export type QuotePdfLabels = {
  locale: Locale
  direction: 'ltr' | 'rtl'
  title: string
  heading: (reference: string) => string
  clinic: string
  reference: string
  signedBy: string
  doctor: (name: string, registration: string, council: string) => string
  validUntil: string
  validUntilValue: (date: string, timeZone: string) => string
  currency: string
  sections: { lines: string; totals: string; inclusions: string; exclusions: string }
  columns: { item: string; quantity: string; unitPrice: string; total: string }
  categoryTotal: (category: string) => string
  clinicTotal: string
  fee: string
  feeNote: string
  overall: string
  none: string
  category: Record<QuoteCategory, string>
  pageOf: (page: number, pages: number) => string
}

export function quotePdfLabels(locale: Locale): QuotePdfLabels {
  const tr = translator(locale)
  const t = (key: string) => tr(`summary.quote.${key}` as MessageKey)
  return {
    locale,
    direction: localeInfo[locale].dir,
    title: t('title'),
    heading: (reference) => tr('summary.quote.heading', { reference }),
    clinic: t('clinic'),
    reference: t('reference'),
    signedBy: t('signedBy'),
    doctor: (name, registration, council) => tr('summary.quote.doctor', { name, registration, council }),
    validUntil: t('validUntil'),
    // The day and the clinic's zone as the reader reads them ("31 January 2027",
    // « 31 janvier 2027 »), never the stored ISO date or the raw zone id.
    validUntilValue: (date, timeZone) =>
      tr('summary.quote.validUntilValue', {
        date: formatCalendarDate(locale, date),
        timeZone: zoneName(locale, timeZone, new Date(`${date}T12:00:00Z`)),
      }),
    currency: t('currency'),
    sections: {
      lines: t('section.lines'),
      totals: t('section.totals'),
      inclusions: t('section.inclusions'),
      exclusions: t('section.exclusions'),
    },
    columns: {
      item: t('col.item'),
      quantity: t('col.quantity'),
      unitPrice: t('col.unitPrice'),
      total: t('col.total'),
    },
    categoryTotal: (category) => tr('summary.quote.categoryTotal', { category }),
    clinicTotal: t('clinicTotal'),
    fee: t('fee'),
    feeNote: t('feeNote'),
    overall: t('overall'),
    none: t('none'),
    category: Object.fromEntries(quoteCategories.map((c) => [c, t(`category.${c}`)])) as Record<
      QuoteCategory,
      string
    >,
    pageOf: (page, pages) => tr('summary.pageOf', { page, pages }),
  }
}
