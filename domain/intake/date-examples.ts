import type { Question } from './questions.ts'

// The example under a date question (GOV.UK: "For example, 27 3 2007") should
// be a date a person could really type there: a date of birth about sixty
// years ago, a symptom or test a few months ago, travel a few months ahead.
// Computed from today (the shell's clock), never a year written in the code.
export type DateExample = { day: number; month: number; year: number }

/** What kind of date a box asks for, which decides a plausible example. */
export type DateKind = 'birth' | 'recent-past' | 'travel-from' | 'travel-to'

function shifted(today: string, { years = 0, months = 0 }: { years?: number; months?: number }): DateExample {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  // The day is one that exists in every month, so the example is always a real date, and
  // one no month has (13 or later), so "7 7" or "3 4" never leaves day and month to guess.
  const day = d > 12 ? Math.min(d, 28) : d + 14
  const at = new Date(Date.UTC(y + years, m - 1 + months, day))
  return { day: at.getUTCDate(), month: at.getUTCMonth() + 1, year: at.getUTCFullYear() }
}

/** A plausible example for a kind of date, from today (YYYY-MM-DD). */
export function dateExample(kind: DateKind, today: string): DateExample {
  switch (kind) {
    case 'birth':
      return shifted(today, { years: -60, months: -4 })
    case 'recent-past':
      return shifted(today, { months: -5 })
    case 'travel-from':
      return shifted(today, { months: 3 })
    case 'travel-to':
      return shifted(today, { months: 4 })
  }
}

/** The kind of date each date box of a question asks for. */
export function dateKindOf(question: Question, part: 'from' | 'to' = 'from'): DateKind {
  if (question.kind === 'date-range') return part === 'to' ? 'travel-to' : 'travel-from'
  return question.id === 'date-of-birth' ? 'birth' : 'recent-past'
}
