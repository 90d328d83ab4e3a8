import { existsSync, readFileSync } from 'node:fs'
import { Marked, type Tokens } from 'marked'
import sanitizeHtml from 'sanitize-html'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { ContentBlock, ContentPage, ContentSection, LocalisedPage } from '#domain/content/types.ts'
import { defaultLocale, type Locale } from '#domain/i18n/locales.ts'
import { contentPath } from './content-root.ts'
import { resolveSources } from './sources.ts'

// Long-form pages are Markdown with front matter, one file per language
// (content/pages/<locale>/<slug>.md; ADR 0027). They are parsed, checked and
// rendered to sanitised HTML once per process; the browser gets HTML only,
// block by block (the page adds the <p>, <ul> and <li> elements).
//
// The Markdown this accepts, on purpose a small part of the language:
//   ## Heading {#anchor}       a section (the anchor is optional on pages without contents)
//   paragraphs, - bullet lists, 1. numbered lists (one level, one line an item),
//   *emphasis*, **strong**, `code`, [links](https://…)
//   [@source-id] [@other-id]   alone in a paragraph, at the end of a section: its sources
// Anything else (raw HTML, other heading levels, tables, text before the first
// heading) is an error, so an editing slip fails the tests, not the page.

const frontMatterSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  lastReviewed: z.iso.date().optional(),
  reviewDue: z.iso.date().optional(),
  /** Every source the page cites, by its id in content/sources.json. */
  sources: z.array(z.string()).default([]),
})

export class ContentError extends Error {}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/
const citationParagraph = /^\s*(\[@[a-z0-9-]+\]\s*)+$/
const anchorSuffix = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/

const marked = new Marked({ gfm: true, async: false })

const sanitize = (html: string) =>
  sanitizeHtml(html, {
    allowedTags: ['a', 'strong', 'em', 'code', 'br'],
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  })

function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
  if (!match) throw new ContentError(`${file}: the file must start with front matter between --- lines`)
  return { data: parseYaml(match[1]!), body: text.slice(match[0].length) }
}

/** The text of a paragraph or list item as sanitised inline HTML. */
const inline = (text: string) => sanitize(marked.parseInline(text) as string).trim()

function toBlock(token: Tokens.Paragraph | Tokens.List, where: string): ContentBlock {
  if (token.type === 'paragraph') return inline(token.text)
  if (token.ordered && token.start !== 1 && token.start !== '')
    throw new Error(`${where}: a numbered list starts at 1`)
  return {
    kind: token.ordered ? 'ol' : 'ul',
    items: token.items.map((item) => {
      if (item.loose || item.tokens.some((t) => t.type !== 'text'))
        throw new Error(`${where}: a list item is one line of text (no nested lists or paragraphs)`)
      return inline(item.text)
    }),
  }
}

/** Parses and renders one Markdown page; throws ContentError with the file name on any problem. */
export function renderContentPage(text: string, file: string): ContentPage & { sourceIds: string[] } {
  const { data, body } = splitFrontMatter(text, file)
  const front = frontMatterSchema.safeParse(data)
  if (!front.success) throw new ContentError(`${file}: ${z.prettifyError(front.error)}`)
  const fail = (message: string): never => {
    throw new ContentError(`${file}: ${message}`)
  }
  const sections: (Omit<ContentSection, 'sources'> & { cites: string[] })[] = []
  for (const token of marked.lexer(body)) {
    if (token.type === 'space') continue
    if (token.type === 'heading') {
      const h = token as Tokens.Heading
      if (h.depth !== 2) fail(`only ## headings are allowed, found "${h.raw.trim()}"`)
      const anchor = anchorSuffix.exec(h.text)
      const heading = h.text.replace(anchorSuffix, '')
      if (/[<>*_`[\]{}]/.test(heading)) fail(`a heading is plain text: "${heading}"`)
      sections.push({ id: anchor?.[1] ?? null, heading, blocks: [], cites: [] })
      continue
    }
    const section = sections.at(-1) ?? fail('text before the first ## heading')
    if (token.type === 'paragraph' && citationParagraph.test(token.text)) {
      if (section.cites.length > 0) fail(`"${section.heading}" has two lists of sources`)
      section.cites = [...token.text.matchAll(/\[@([a-z0-9-]+)\]/g)].map((m) => m[1]!)
      continue
    }
    if (section.cites.length > 0) fail(`"${section.heading}": its sources must come last`)
    if (token.type !== 'paragraph' && token.type !== 'list')
      fail(`"${section.heading}": ${token.type} is not allowed (paragraphs and lists only)`)
    try {
      section.blocks.push(toBlock(token as Tokens.Paragraph | Tokens.List, `"${section.heading}"`))
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error))
    }
  }
  if (sections.length === 0) fail('the page has no ## sections')
  const ids = sections.map((s) => s.id)
  if (ids.some((id) => id !== null) && ids.some((id) => id === null))
    fail('either every section has an {#anchor} or none has')
  if (new Set(ids).size !== ids.length && ids[0] !== null) fail('two sections share an anchor')
  const cited = new Set(sections.flatMap((s) => s.cites))
  const listed = new Set(front.data.sources)
  for (const id of cited) if (!listed.has(id)) fail(`[@${id}] is cited but not listed in "sources"`)
  for (const id of listed) if (!cited.has(id)) fail(`"${id}" is listed in "sources" but cited nowhere`)
  if (listed.size > 0 && (!front.data.lastReviewed || !front.data.reviewDue))
    fail('a page that cites sources needs lastReviewed and reviewDue')
  try {
    return {
      title: front.data.title,
      summary: front.data.summary,
      lastReviewed: front.data.lastReviewed ?? null,
      reviewDue: front.data.reviewDue ?? null,
      sourceIds: front.data.sources,
      sections: sections.map((s) => ({
        id: s.id,
        heading: s.heading,
        blocks: s.blocks,
        sources: resolveSources(s.cites),
      })),
    }
  } catch (error) {
    throw new ContentError(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const pageFile = (locale: Locale, slug: string) => contentPath('pages', locale, `${slug}.md`)
const cache = new Map<string, ContentPage | null>()

function loadPage(locale: Locale, slug: string): ContentPage | null {
  const key = `${locale}/${slug}`
  if (cache.has(key)) return cache.get(key)!
  const file = pageFile(locale, slug)
  let page: ContentPage | null = null
  if (existsSync(file)) {
    const { sourceIds: _ids, ...rendered } = renderContentPage(readFileSync(file, 'utf8'), file)
    page = rendered
  }
  cache.set(key, page)
  return page
}

/**
 * The page in the viewer's language, or in English (with `locale: 'en'`, so
 * the page can say so) when it has not been translated; null when there is none.
 */
export function contentPage(slug: string, locale: Locale): LocalisedPage | null {
  if (!slugPattern.test(slug)) return null
  const own = loadPage(locale, slug)
  if (own) return { doc: own, locale }
  const fallback = locale === defaultLocale ? null : loadPage(defaultLocale, slug)
  return fallback ? { doc: fallback, locale: defaultLocale } : null
}
