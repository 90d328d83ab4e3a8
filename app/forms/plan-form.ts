import { MAX_QUOTE_LINES } from '#domain/quotes/check-quote.ts'
import type { QuoteInput } from '#domain/quotes/check-quote.ts'
import { QUANTITY_SCALE, type QuoteLine, type QuoteLineInput } from '#domain/quotes/quote-line.ts'
import { toDecimalString } from '#domain/quotes/money.ts'
import { typedDecimal } from '#domain/quotes/number-text.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import type { TreatmentPlanInput } from '#domain/quotes/treatment-plan.ts'

type FormFields = Record<string, string[]>
type PlanAndQuoteInput = { plan: TreatmentPlanInput; quote: QuoteInput; confirmedPrice: boolean }

// The plan-and-quote form as the clinic posts it: a fixed number of line
// rows (more with "Add a line", which works without JavaScript by posting
// the form back with one more row), inclusions and exclusions one per line.
// Rows left blank are not lines; problems name lines by their row on the
// form, so the message lands beside the field the clinic typed in.
export const FIRST_ROWS = 3

const one = (fields: FormFields, name: string) => fields[name]?.[0] ?? ''

/** How many line rows the form shows: what it had, one more after "Add a line", at most one past the limit. */
export function rowsOf(fields: FormFields | null, adding = false): number {
  const had = Number(fields?.['rows']?.[0])
  const rows = Number.isSafeInteger(had) && had >= FIRST_ROWS ? had : FIRST_ROWS
  return Math.min(rows + (adding ? 1 : 0), MAX_QUOTE_LINES + 1)
}

const listOf = (text: string) => text.split(/\r?\n/).filter((l) => l.trim() !== '')

export function readPlanForm(fields: FormFields): { input: PlanAndQuoteInput; rowOfLine: number[] } {
  const rowOfLine: number[] = []
  const lines: QuoteLineInput[] = []
  for (let row = 0; row < rowsOf(fields); row++) {
    const at = (f: string) => one(fields, `lines.${row}.${f}`)
    const line = {
      category: at('category'),
      description: at('description'),
      quantity: at('quantity'),
      unitPrice: at('unitPrice'),
    }
    if (line.description.trim() === '' && line.quantity.trim() === '' && line.unitPrice.trim() === '')
      continue
    rowOfLine.push(row)
    lines.push(line)
  }
  return {
    rowOfLine,
    input: {
      plan: {
        protocol: one(fields, 'protocol'),
        schedule: one(fields, 'schedule'),
        sessions: one(fields, 'sessions'),
        lengthOfStayDays: one(fields, 'lengthOfStayDays'),
        pretreatmentTests: one(fields, 'pretreatmentTests'),
        aftercare: one(fields, 'aftercare'),
      },
      quote: {
        currency: one(fields, 'currency'),
        validUntil: one(fields, 'validUntil'),
        lines,
        inclusions: listOf(one(fields, 'inclusions')),
        exclusions: listOf(one(fields, 'exclusions')),
      },
      confirmedPrice: one(fields, 'confirmPrice') === 'yes',
    },
  }
}

/** A problem's field as the form names it: `lines.1.quantity` of the second line typed may be row 3's. */
export function formFieldOf(field: string, rowOfLine: readonly number[]): string {
  const m = /^lines\.(\d+)\.(\w+)$/.exec(field)
  if (!m) return field
  return `lines.${rowOfLine[Number(m[1])] ?? m[1]}.${m[2]}`
}

/**
 * The form filled with a plan and quote already sent, for a changed plan
 * after arrival (ADR 0069): the clinic changes what the assessment showed no
 * longer fits and sends the rest as it was. Waypoint's fee is not a line the
 * clinic types; it is added again when the quote is checked.
 */
export function fieldsOfQuote(
  q: {
    currency: string
    validUntil: string
    lines: readonly QuoteLine[]
    inclusions: readonly string[]
    exclusions: readonly string[]
    plan: Omit<TreatmentPlanInput, 'sessions' | 'lengthOfStayDays'> & {
      sessions: number
      lengthOfStayDays: number
    }
  },
  /** The form's language: its numbers are written as that language reads them back (readDecimal). */
  locale: Locale,
): FormFields {
  const lines = q.lines.filter((l) => l.category !== 'waypoint-fee')
  const fields: FormFields = {
    protocol: [q.plan.protocol],
    schedule: [q.plan.schedule],
    sessions: [String(q.plan.sessions)],
    lengthOfStayDays: [String(q.plan.lengthOfStayDays)],
    pretreatmentTests: [q.plan.pretreatmentTests],
    aftercare: [q.plan.aftercare],
    currency: [q.currency],
    validUntil: [q.validUntil],
    inclusions: [q.inclusions.join('\n')],
    exclusions: [q.exclusions.join('\n')],
    rows: [String(Math.max(FIRST_ROWS, lines.length))],
  }
  lines.forEach((l, i) => {
    fields[`lines.${i}.category`] = [l.category]
    fields[`lines.${i}.description`] = [l.description]
    fields[`lines.${i}.quantity`] = [typedDecimal(String(l.quantityHundredths / QUANTITY_SCALE), locale)]
    fields[`lines.${i}.unitPrice`] = [typedDecimal(toDecimalString(l.unitPrice), locale)]
  })
  return fields
}
