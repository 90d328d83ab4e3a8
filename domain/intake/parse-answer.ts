import { parseTypedNumber } from '../shared/typed-number.ts'
import { breathingConflict } from './breathing-answers.ts'
import type { MessageKey } from '../i18n/messages/en.ts'
import { err, ok, type Result } from '../shared/result.ts'
import type { Who } from '../alsfrs/item-text.ts'
import { missingAnswerKey } from './answer-errors.ts'
import { dateExample, dateKindOf, type DateExample } from './date-examples.ts'
import type { AnswerValue, IntakeAnswers, Question } from './questions.ts'
import { asciiDigits } from '../shared/digits.ts'
import { dialableNumber, isInternationalNumber } from '../shared/phone-number.ts'

// Turns what a question page posted into an answer, or says exactly what to
// fix. Everything is checked here, on the server: the pages carry no HTML5
// validation (docs/decisions/0004-server-side-validation.md).
export type Fields = Record<string, string[]>

export type AnswerError = { field: string; key: MessageKey; values?: Record<string, string | number> }

export type ParseContext = {
  /** Today in the patient's calendar, YYYY-MM-DD. */
  today: string
  answers: IntakeAnswers
  /** Whom the questions speak to, so an error reads "your" or "their" like its question (default: the patient). */
  who?: Who
  /** Allowed values of select questions and currencies. */
  allowed: {
    countries: readonly string[]
    languages: readonly string[]
    timeZones: readonly string[]
    currencies: readonly string[]
  }
}

const one = (fields: Fields, name: string) => (fields[name]?.[0] ?? '').trim()
/** A box that takes digits: the same number whichever script's digits were typed (٢٠٢٦ is 2026). */
const digitsOf = (fields: Fields, name: string) => asciiDigits(one(fields, name))

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
// International format with optional spaces, dashes and brackets: 7 to 15 digits (E.164 allows 15).

function isoDay(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Reads a GOV.UK date input (day, month, year boxes) under a name prefix. */
export function parseDateParts(
  fields: Fields,
  prefix: string,
  ctx: Pick<ParseContext, 'today'>,
  options: {
    notBefore?: string
    /** Which earlier answer `notBefore` is, for the message: symptoms' onset unless told. */
    notBeforeIs?: 'first-symptoms' | 'date-of-birth'
    earliest?: string
    example?: DateExample
  } = {},
): Result<string, AnswerError> | null {
  const day = digitsOf(fields, `${prefix}day`)
  const month = digitsOf(fields, `${prefix}month`)
  const year = digitsOf(fields, `${prefix}year`)
  if (!day && !month && !year) return null
  // Name the part that is missing ("The date must include a year"), on that box.
  if (!day) return err({ field: `${prefix}day`, key: 'intake.error.date.noDay' })
  if (!month) return err({ field: `${prefix}month`, key: 'intake.error.date.noMonth' })
  if (!year) return err({ field: `${prefix}year`, key: 'intake.error.date.noYear' })
  // Not a real date: show one that is, and that fits the question (date-examples.ts).
  const example = options.example ?? dateExample('recent-past', ctx.today)
  const invalid: Result<never, AnswerError> = err({
    field: `${prefix}day`,
    key: 'intake.error.date.invalid',
    values: { day: String(example.day), month: String(example.month), year: String(example.year) },
  })
  const numeric = /^\d{1,4}$/
  if (![day, month, year].every((p) => numeric.test(p)) || year.length !== 4) return invalid
  const iso = isoDay(Number(year), Number(month), Number(day))
  if (!iso) return invalid
  if (iso < (options.earliest ?? '1900-01-01'))
    return err({ field: `${prefix}year`, key: 'intake.error.date.tooEarly' })
  if (options.notBefore && iso < options.notBefore)
    return err({
      field: `${prefix}day`,
      key:
        options.notBeforeIs === 'date-of-birth'
          ? 'intake.error.date.beforeBirth'
          : 'intake.error.date.beforeOnset',
    })
  return ok(iso)
}

export function parseAnswer(
  question: Question,
  fields: Fields,
  ctx: ParseContext,
): Result<AnswerValue, AnswerError> {
  const answer = one(fields, 'answer')
  // Nothing (or nothing valid) was chosen or typed: say what is missing, in this question's words.
  const missing = (field = 'answer', part: 'from' | 'to' = 'from') =>
    err({ field, key: missingAnswerKey(question, part), values: { who: ctx.who ?? 'self' } })
  const exampleFor = (part: 'from' | 'to' = 'from') => dateExample(dateKindOf(question, part), ctx.today)
  switch (question.kind) {
    case 'radios': {
      if (!answer || !question.choices.some((c) => c.value === answer)) return missing()
      return ok(answer)
    }
    case 'alsfrs-item': {
      if (!/^[0-4]$/.test(answer)) return missing()
      const conflict =
        question.item === '12' ? breathingConflict(ctx.answers['breathing-support'], answer) : null
      if (conflict) return err({ field: 'answer', key: `intake.error.breathing.${conflict}` })
      return ok(answer)
    }
    case 'select': {
      const allowed =
        question.options === 'countries'
          ? ctx.allowed.countries
          : question.options === 'languages'
            ? ctx.allowed.languages
            : ctx.allowed.timeZones
      if (!answer || !allowed.includes(answer)) return missing()
      return ok(answer)
    }
    case 'checkboxes': {
      const picked = [...new Set((fields['answer'] ?? []).map((v) => v.trim()).filter(Boolean))]
      if (picked.some((v) => !question.choices.some((c) => c.value === v))) return missing()
      if (picked.length === 0) return question.optional ? ok([]) : missing()
      const exclusive = question.choices.find((c) => c.exclusive && picked.includes(c.value))
      // In the question's own words: the option that rules out the others is not "None" on every question.
      if (exclusive && picked.length > 1)
        return err({ field: 'answer', key: `intake.q.${question.id}.error.exclusive` as MessageKey })
      if (question.max && picked.length > question.max)
        return err({ field: 'answer', key: 'intake.error.tooMany', values: { max: question.max } })
      if (question.otherChoice && picked.includes(question.otherChoice)) {
        const other = one(fields, 'other')
        if (!other) return err({ field: 'other', key: 'intake.error.otherMissing' })
        if (other.length > 500)
          return err({ field: 'other', key: 'intake.error.tooLong', values: { max: 500 } })
        return ok({ choices: picked.join(','), other })
      }
      return ok(picked)
    }
    case 'text':
    case 'textarea': {
      if (!answer) {
        return question.optional ? ok('') : missing()
      }
      if (answer.length > question.maxLength)
        return err({ field: 'answer', key: 'intake.error.tooLong', values: { max: question.maxLength } })
      return ok(answer)
    }
    case 'date': {
      const notBefore = question.notBefore
        ? (ctx.answers[question.notBefore] as string | undefined)
        : undefined
      const parsed = parseDateParts(fields, '', ctx, {
        notBefore,
        notBeforeIs: question.notBefore === 'date-of-birth' ? 'date-of-birth' : 'first-symptoms',
        example: exampleFor(),
      })
      if (parsed === null) return missing('day')
      if (!parsed.ok) return parsed
      if (parsed.value > ctx.today) return err({ field: 'day', key: 'intake.error.date.future' })
      return parsed
    }
    case 'contact': {
      const method = one(fields, 'method')
      const detail = one(fields, 'detail')
      if (!['email', 'phone', 'whatsapp'].includes(method)) return missing('method')
      if (!detail) return err({ field: 'detail', key: 'intake.error.contact.missing' })
      // A coordinator abroad calls or writes: the number needs its country code.
      if (method === 'email' ? !EMAIL.test(detail) || detail.length > 254 : !isInternationalNumber(detail))
        return err({
          field: 'detail',
          key: method === 'email' ? 'intake.error.contact.email' : 'intake.error.contact.phone',
        })
      return ok({ method, detail: method === 'email' ? detail : dialableNumber(detail) })
    }
    case 'fvc': {
      // Reports print "72%" and the label says "% predicted": the sign is the unit, not a mistake.
      const typed = one(fields, 'percent').replace(/\s*[%٪]$/u, '')
      // "78,5" is 78.5 in French; what is not a number stays as typed, to be refused.
      const percent = parseTypedNumber(typed) ?? typed
      const date = parseDateParts(fields, '', ctx, {
        notBefore: ctx.answers['first-symptoms'] as string | undefined,
        example: exampleFor(),
      })
      if (!percent && date === null) return ok({})
      if (!/^\d{1,3}(\.\d)?$/.test(percent) || Number(percent) < 5 || Number(percent) > 160)
        return err({ field: 'percent', key: 'intake.error.fvc.percent' })
      if (date === null) return missing('day')
      if (!date.ok) return date
      if (date.value > ctx.today) return err({ field: 'day', key: 'intake.error.date.future' })
      return ok({ percent, date: date.value })
    }
    case 'money': {
      const typedAmount = one(fields, 'amount')
      const amount = parseTypedNumber(typedAmount) ?? typedAmount
      const currency = one(fields, 'currency').toUpperCase()
      if (!amount) return ok({})
      if (!/^\d{1,9}(\.\d{1,2})?$/.test(amount) || Number(amount) <= 0)
        return err({ field: 'amount', key: 'intake.error.money.amount' })
      if (!ctx.allowed.currencies.includes(currency))
        return err({ field: 'currency', key: 'intake.error.money.currency' })
      return ok({ amount, currency })
    }
    case 'date-range': {
      const from = parseDateParts(fields, 'from-', ctx, { example: exampleFor('from') })
      const to = parseDateParts(fields, 'to-', ctx, { example: exampleFor('to') })
      if (from === null && to === null) return ok({})
      if (from === null) return missing('from-day')
      if (!from.ok) return from
      if (to === null) return missing('to-day', 'to')
      if (!to.ok) return to
      if (from.value < ctx.today) return err({ field: 'from-day', key: 'intake.error.date.past' })
      if (to.value < from.value) return err({ field: 'to-day', key: 'intake.error.range.order' })
      return ok({ from: from.value, to: to.value })
    }
  }
}

/** The form values to put back into a question page (what was saved, or what was just typed). */
export function fieldsOf(question: Question, value: AnswerValue | undefined, today?: string): Fields {
  if (value === undefined)
    return question.kind === 'date' && question.todayByDefault && today ? fieldsOf(question, today) : {}
  if (typeof value === 'string') {
    if (question.kind === 'date') {
      const [year = '', month = '', day = ''] = value.split('-')
      return { year: [year], month: [String(Number(month))], day: [String(Number(day))] }
    }
    return { answer: [value] }
  }
  if (Array.isArray(value)) return { answer: value }
  const out: Fields = {}
  for (const [k, v] of Object.entries(value)) out[k] = [v]
  if (question.kind === 'checkboxes' && value['choices'] !== undefined)
    out['answer'] = value['choices'].split(',')
  const split = (prefix: string, iso: string | undefined) => {
    if (!iso) return
    const [year = '', month = '', day = ''] = iso.split('-')
    out[`${prefix}year`] = [year]
    out[`${prefix}month`] = [String(Number(month))]
    out[`${prefix}day`] = [String(Number(day))]
  }
  if (question.kind === 'fvc') split('', value['date'])
  if (question.kind === 'date-range') {
    split('from-', value['from'])
    split('to-', value['to'])
  }
  return out
}
