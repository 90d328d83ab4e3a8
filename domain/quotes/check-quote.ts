import type { Locale } from '../i18n/locales.ts'
import { calendarDateIn, daysBetween, parseCalendarDate, type CalendarDate } from '../shared/calendar-date.ts'
import { err, ok, type Result } from '../shared/result.ts'
import { currencyOf, type CurrencyCode } from './currencies.ts'
import { sumMinor } from './money.ts'
import { checkQuoteLine, type QuoteLine, type QuoteLineInput, type QuoteLineProblem } from './quote-line.ts'
import { quoteTotals, type QuoteTotals } from './quote-totals.ts'
import { waypointFeeLine, type FeeRule } from './waypoint-fee.ts'

// A clinic's itemised quote, checked as a whole before it can be sent: one
// currency, a sane number of lines each valid on its own, a validity date that
// is not already over where the clinic is, plain inclusions and exclusions,
// and Waypoint's fee added as its own line. Every problem is reported at once,
// each on its field, so the form can show them all. (The listing policy's
// checks of the quote's content come after these and are not made here.)
export const MAX_QUOTE_LINES = 100
export const MAX_VALIDITY_DAYS = 365
export const MAX_LIST_ITEMS = 30
export const MAX_LIST_ITEM = 300

export type QuoteInput = {
  currency: string
  lines: readonly QuoteLineInput[]
  /** The last day the price holds, "YYYY-MM-DD", in the clinic's time zone. */
  validUntil: string
  inclusions: readonly string[]
  exclusions: readonly string[]
}

export type QuoteContext = {
  now: Date
  /** The clinic's IANA time zone: the quote is valid through the end of `validUntil` there. */
  timeZone: string
  /** The language the numbers were typed in. */
  locale: Locale
  fee: FeeRule
}

export type Quote = {
  currency: CurrencyCode
  /** The clinic's lines as written, then Waypoint's fee. */
  lines: QuoteLine[]
  validUntil: CalendarDate
  timeZone: string
  inclusions: string[]
  exclusions: string[]
  totals: QuoteTotals
}

export type QuoteProblem =
  | { code: 'money.unknown-currency'; currency: string; field: 'currency' }
  | { code: 'quote.no-lines'; field: 'lines' }
  | { code: 'quote.too-many-lines'; max: number; field: 'lines' }
  | { code: 'quote.total-too-large'; field: 'lines' }
  | { code: 'quote.validity-missing'; field: 'validUntil' }
  | { code: 'quote.validity-past'; today: CalendarDate; field: 'validUntil' }
  | { code: 'quote.validity-too-far'; max: number; field: 'validUntil' }
  | { code: 'quote.too-many-items'; max: number; field: 'inclusions' | 'exclusions' }
  | { code: 'quote.item-too-long'; max: number; item: number; field: 'inclusions' | 'exclusions' }
  | QuoteLineProblem

function checkList(
  items: readonly string[],
  field: 'inclusions' | 'exclusions',
  problems: QuoteProblem[],
): string[] {
  const kept = items.map((i) => i.trim()).filter((i) => i !== '')
  if (kept.length > MAX_LIST_ITEMS)
    problems.push({ code: 'quote.too-many-items', max: MAX_LIST_ITEMS, field })
  kept.forEach((item, i) => {
    if ([...item].length > MAX_LIST_ITEM)
      problems.push({ code: 'quote.item-too-long', max: MAX_LIST_ITEM, item: i, field })
  })
  return kept
}

export function checkQuote(input: QuoteInput, ctx: QuoteContext): Result<Quote, QuoteProblem[]> {
  const problems: QuoteProblem[] = []

  const validUntil = parseCalendarDate(input.validUntil.trim())
  const today = calendarDateIn(ctx.now, ctx.timeZone)
  if (validUntil === null) problems.push({ code: 'quote.validity-missing', field: 'validUntil' })
  else if (validUntil < today) problems.push({ code: 'quote.validity-past', today, field: 'validUntil' })
  else if (daysBetween(today, validUntil) > MAX_VALIDITY_DAYS)
    problems.push({ code: 'quote.validity-too-far', max: MAX_VALIDITY_DAYS, field: 'validUntil' })

  const inclusions = checkList(input.inclusions, 'inclusions', problems)
  const exclusions = checkList(input.exclusions, 'exclusions', problems)

  const currency = currencyOf(input.currency)
  if (!currency)
    problems.push({ code: 'money.unknown-currency', currency: input.currency, field: 'currency' })

  // A thousand lines are refused before any is read: the limit protects the server too.
  if (input.lines.length > MAX_QUOTE_LINES)
    return err([...problems, { code: 'quote.too-many-lines', max: MAX_QUOTE_LINES, field: 'lines' }])
  if (input.lines.length === 0) problems.push({ code: 'quote.no-lines', field: 'lines' })
  if (!currency) return err(problems)

  const lines: QuoteLine[] = []
  input.lines.forEach((line, i) => {
    const checked = checkQuoteLine(line, i, currency.code, ctx.locale)
    if (checked.ok) lines.push(checked.value)
    else problems.push(...checked.error)
  })
  if (problems.length > 0 || validUntil === null) return err(problems)

  const clinicTotal = sumMinor(lines.map((l) => l.total.minor))
  const withFee =
    clinicTotal === null ? null : [...lines, waypointFeeLine(clinicTotal, currency.code, ctx.fee)]
  const totals = withFee && quoteTotals(withFee, currency.code)
  if (!withFee || !totals) return err([{ code: 'quote.total-too-large', field: 'lines' }])
  return ok({
    currency: currency.code,
    lines: withFee,
    validUntil,
    timeZone: ctx.timeZone,
    inclusions,
    exclusions,
    totals,
  })
}
