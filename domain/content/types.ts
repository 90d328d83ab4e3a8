import type { Locale } from '../i18n/locales.ts'
import type { SourceRef } from '../listing/types.ts'

// Long-form, reviewed content (condition pages, guides, how we rank), as the
// server renders it from content/pages/<locale>/<slug>.md: a title and summary,
// review dates, and sections of paragraphs and lists whose text is already
// sanitised HTML (links and emphasis at most). Pages wrap the blocks in their
// own elements, so the browser gets the same markup as before, and the page's
// data carries text, not tags.
/** A paragraph (its inner HTML), or a bullet or numbered list (each item's inner HTML). */
export type ContentBlock = string | { kind: 'ul' | 'ol'; items: string[] }

export type ContentSection = {
  /** The anchor (`## Heading {#id}`), or null for a page without a contents list. */
  id: string | null
  heading: string
  /** Paragraphs and lists, rendered from Markdown and sanitised on the server. */
  blocks: ContentBlock[]
  sources: SourceRef[]
}

export type ContentPage = {
  title: string
  summary: string
  lastReviewed: string | null
  reviewDue: string | null
  sections: ContentSection[]
}

/** A page in the language it was found in: the viewer's, or English when that is missing. */
export type LocalisedPage = { doc: ContentPage; locale: Locale }
