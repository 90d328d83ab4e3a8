import type { Locale } from '../i18n/locales.ts'

// Long-form, reviewed content (condition pages, guides). Each locale is a
// complete text; a missing locale falls back to English.
export type ContentSource = { title: string; url?: string }

export type ContentSection = {
  id: string
  heading: string
  /** Paragraphs of plain text. */
  paragraphs: string[]
  bullets?: string[]
  sources?: ContentSource[]
}

export type ContentDocument = {
  title: string
  summary: string
  lastReviewed: string
  reviewDue: string
  sections: ContentSection[]
}

export type LocalisedContent = { en: ContentDocument } & Partial<
  Record<Exclude<Locale, 'en'>, ContentDocument>
>

export function contentFor(
  content: LocalisedContent,
  locale: Locale,
): { doc: ContentDocument; locale: Locale } {
  const own = content[locale]
  return own ? { doc: own, locale } : { doc: content.en, locale: 'en' }
}
