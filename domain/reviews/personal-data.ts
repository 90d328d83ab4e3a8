// The moderation check for personal data in a review (issue 17, ADR 0068).
// It never changes a word: it says what kinds of personal data a text seems
// to hold, so the review is held for a reviewer instead of being published
// whole. It reads English, French and Arabic as people write them: Arabic-Indic
// and Persian digits count as digits, month names in all three languages, and
// the staff's names however they are capitalised or accented.

import { asciiDigits } from '../shared/digits.ts'

export const personalDataKinds = ['phone', 'email', 'passport', 'url', 'date-of-birth', 'staff-name'] as const
export type PersonalDataKind = (typeof personalDataKinds)[number]

export type PersonalDataContext = {
  /** The names of the clinic's staff, where known (its practitioners and team). */
  staffNames: readonly string[]
  /** The year the review is written: a full date long before it reads as a date of birth. */
  year: number
}

/** Lower case, without accents or Arabic short vowels, digits as ASCII. */
function fold(text: string): string {
  return asciiDigits(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .toLowerCase()
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/u
// A scheme or "www.", or a host name with a common top-level domain.
const URL_LIKE =
  /(?:\b(?:https?|ftp):\/\/|\bwww\.)\S+|\b[a-z0-9][a-z0-9-]*\.(?:com|net|org|info|biz|in|fr|de|uk|co|io|me|ly|ae|sa|eg|ma|dz|tn|lb|jo)\b(?:\/\S*)?/iu
// One or two letters and six to nine digits as one token: most passports (India: a letter and seven digits).
const PASSPORT = /(?<![\p{L}\p{N}])\p{L}{1,2}[ -]?\d{6,9}(?![\p{L}\p{N}])/u
// Digits with the separators people put in phone numbers; 8 to 15 digits (ITU E.164) make a number.
const PHONE_RUN = /(?:\+|00)?\d[\d\s().\u2010-\u2015-]{5,}\d/gu

const MONTHS = [
  // English
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  // French (accents folded away)
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre',
  // Arabic: the Egyptian and Gulf names and the Levantine ones
  'يناير|فبراير|مارس|ابريل|أبريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|اغسطس|أغسطس|سبتمبر|اكتوبر|أكتوبر|نوفمبر|ديسمبر',
  'كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول|تشرين الاول|تشرين الثاني|كانون الأول|كانون الاول',
].join('|')

const NUMERIC_DATE =
  /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gu
const WORD_DATE = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:${MONTHS})\\.?,?\\s+(\\d{4})(?!\\d)|(?<!\\p{L})(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'gu',
)
const BIRTH_WORDS =
  /\b(?:born|birth|d\.?o\.?b|birthday|nee?\s+le|naissance|anniversaire)\b|مواليد|مولود|مولودة|ولد|ولدت|الميلاد|ميلاد/u

// A full date this long before the review cannot be the treatment: it reads as someone's birth.
const BIRTH_YEARS_BEFORE = 10

/** Full dates (day, month and year) that read as a date of birth; the rest of the text without them. */
function datesOfBirth(text: string, year: number): { found: boolean; rest: string } {
  let found = false
  const judge = (match: string, y: number, offset: number, all: string) => {
    const before = all.slice(Math.max(0, offset - 16), offset)
    if (y <= year - BIRTH_YEARS_BEFORE || BIRTH_WORDS.test(before)) found = true
    return ' '.repeat(match.length)
  }
  let rest = text.replace(NUMERIC_DATE, (m, _d, _m, y1, y2, _m2, _d2, offset: number, all: string) =>
    judge(m, Number(y1 ?? y2), offset, all),
  )
  rest = rest.replace(WORD_DATE, (m, y1, y2, offset: number, all: string) =>
    judge(m, Number(y1 ?? y2), offset, all),
  )
  return { found, rest }
}

function hasPhone(text: string): boolean {
  for (const run of text.matchAll(PHONE_RUN)) {
    const digits = run[0].replace(/\D/g, '').length
    if (digits >= 8 && digits <= 15) return true
  }
  return false
}

const TITLES = new Set([
  'dr',
  'doctor',
  'docteur',
  'prof',
  'professor',
  'professeur',
  'mr',
  'mrs',
  'ms',
  'mme',
  'm',
  'د',
  'الدكتور',
  'دكتور',
])

/** Words of a staff name worth looking for: the whole name, and its last name when it is long enough to mean them. */
function namePatterns(name: string): RegExp[] {
  // "Dr Priya Menon (fictional)": what is in brackets is a note, not the name.
  const words = fold(name.replace(/\([^)]*\)/g, ' '))
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '' && !TITLES.has(w))
  const long = words.filter((w) => [...w].length >= 3)
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const last = long.at(-1)
  const patterns = last ? [last] : []
  if (long.length >= 2) patterns.push(long.join('\\s+'))
  // An Arabic word may carry a clitic before it (و, ب, ل, ال): "وراو", "للدكتور".
  return patterns.map(
    (p) => new RegExp(`(?<!\\p{L})(?:ال|و|ب|ل)?${p === last ? escape(p) : p}(?!\\p{L})`, 'u'),
  )
}

/**
 * The kinds of personal data a text seems to hold, in a fixed order, each
 * once. Empty means nothing was found — not that there is none: a reviewer
 * still reads every review before it is published (ADR 0068).
 */
export function findPersonalData(text: string, context: PersonalDataContext): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>()
  const folded = fold(text)
  if (EMAIL.test(folded)) found.add('email')
  if (URL_LIKE.test(folded.replace(EMAIL, ' '))) found.add('url')
  const { found: birth, rest } = datesOfBirth(folded, context.year)
  if (birth) found.add('date-of-birth')
  const withoutLinks = rest.replace(new RegExp(EMAIL.source, 'gu'), ' ')
  if (PASSPORT.test(withoutLinks)) found.add('passport')
  if (hasPhone(withoutLinks.replace(new RegExp(PASSPORT.source, 'gu'), ' '))) found.add('phone')
  if (context.staffNames.some((name) => namePatterns(name).some((p) => p.test(folded))))
    found.add('staff-name')
  return personalDataKinds.filter((k) => found.has(k))
}
