import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { policySourceIds } from '#domain/listing/sources.ts'
import { locales } from '#domain/i18n/locales.ts'
import { demoContent } from '#server/content/demo-content.ts'
import { renderContentPage } from '#server/content/pages.ts'
import { loadReferenceContent } from '#server/content/reference-data.ts'
import { sourceRegistry } from '#server/content/sources.ts'
import { loadVisaRules } from '#server/content/visa-rules.ts'
import { namedVisas } from '#app/lib/visa-name.ts'

// Content is data (ADR 0027, 0028): every page, rule and evidence record cites
// sources by id in content/sources.json, and this fails when one is missing.
const root = path.join(import.meta.dirname, '..', '..', 'content')
const registry = sourceRegistry()
const slugs = readdirSync(path.join(root, 'pages', 'en')).map((f) => f.replace(/\.md$/, ''))
const pageFile = (locale: string, slug: string) => path.join(root, 'pages', locale, `${slug}.md`)
const translated = (locale: string) =>
  readdirSync(path.join(root, 'pages', locale)).map((f) => f.replace(/\.md$/, ''))
const render = (locale: string, slug: string) =>
  renderContentPage(readFileSync(pageFile(locale, slug), 'utf8'), pageFile(locale, slug))

describe('the sources registry', () => {
  test('has unique ids, each with a title and review date', () => {
    expect(registry.size).toBeGreaterThan(40)
    for (const s of registry.values()) expect(s.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test.each(locales.flatMap((locale) => translated(locale).map((slug) => [locale, slug])))(
    'content/pages/%s/%s.md renders, and every source it cites is in the registry',
    (locale, slug) => {
      const page = render(locale, slug)
      for (const id of page.sourceIds) expect(registry.has(id), `${id} in ${locale}/${slug}`).toBe(true)
      for (const s of page.sections) expect(JSON.stringify(s.blocks)).not.toMatch(/<script|on\w+=|<p>|<li>/i)
    },
  )

  test('every jurisdiction rule and evidence record cites only registered sources', () => {
    // loadReferenceContent throws with every unknown id, file by file.
    const content = loadReferenceContent()
    const cited = [
      ...content.rules.flatMap((r) => r.sourceIds),
      ...content.evidence.flatMap((e) => [...e.sourceIds, ...e.reviews.flatMap((r) => r.sourceId ?? [])]),
    ]
    expect(cited.filter((id) => !registry.has(id))).toEqual([])
    expect(content.rules.length).toBeGreaterThan(0)
  })

  test('the visa rules read, cite only registered sources, and match India as reviewed', () => {
    // loadVisaRules throws with every problem, file by file.
    const india = loadVisaRules().get('IN')
    expect(india).toMatchObject({
      visa: { validityDays: 60, validFrom: 'arrival', entries: 3, extendable: false },
      attendants: { max: 2 },
      letter: { issuedBy: 'hospital' },
    })
    for (const id of india!.sourceIds) expect(registry.has(id), id).toBe(true)
  })

  test('every destination with visa rules has its visas named in every language', () => {
    // Pages say a visa in the viewer's language (app/lib/visa-name.ts); the rules name it in English.
    const ids = [...loadVisaRules().values()].map((r) => r.id)
    expect(namedVisas).toEqual(expect.arrayContaining(ids))
  })

  test("the listing policy's own sources are registered", () => {
    for (const id of Object.values(policySourceIds)) expect(registry.has(id), id).toBe(true)
  })

  test('no content cites a file outside the repository', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
      )
    for (const file of [...files(root), ...files(path.join(root, '..', 'domain'))])
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\/work\/shared|shared\/domain-reference/)
  })
})

describe('translated pages', () => {
  test.each(
    locales.filter((l) => l !== 'en').flatMap((locale) => translated(locale).map((slug) => [locale, slug])),
  )('%s/%s has the same sections and sources as the English page', (locale, slug) => {
    const english = render('en', slug)
    const page = render(locale, slug)
    expect(page.sections.map((s) => s.id)).toEqual(english.sections.map((s) => s.id))
    expect(page.sections.map((s) => s.sources)).toEqual(english.sections.map((s) => s.sources))
    expect([page.lastReviewed, page.reviewDue]).toEqual([english.lastReviewed, english.reviewDue])
  })

  test('every page has an English original to fall back to', () => {
    for (const locale of locales) for (const slug of translated(locale)) expect(slugs).toContain(slug)
  })
})

describe('the Markdown a page may hold', () => {
  const page = (body: string, front = 'title: T\nsummary: S\nsources: []') => `---\n${front}\n---\n\n${body}`
  test('raw HTML, other headings and text before the first heading are refused', () => {
    expect(() => renderContentPage(page('## A\n\n<script>alert(1)</script>'), 'x.md')).toThrow(/html/)
    expect(() => renderContentPage(page('### A\n\ntext'), 'x.md')).toThrow(/only ## headings/)
    expect(() => renderContentPage(page('text\n\n## A\n\nmore'), 'x.md')).toThrow(/before the first/)
  })

  test('a citation must be listed in the front matter and known to the registry', () => {
    expect(() =>
      renderContentPage(page('## A {#a}\n\ntext\n\n[@fda-2021-regenerative-medicine]'), 'x.md'),
    ).toThrow(/cited but not listed/)
    const front =
      'title: T\nsummary: S\nlastReviewed: 2026-01-01\nreviewDue: 2027-01-01\nsources: [no-such-source]'
    expect(() => renderContentPage(page('## A {#a}\n\ntext\n\n[@no-such-source]', front), 'x.md')).toThrow(
      /not in content\/sources.json/,
    )
  })

  test('links are kept with rel="noopener noreferrer"; javascript: links are dropped', () => {
    const out = renderContentPage(
      page('## A\n\n[ok](https://example.org) and [bad](javascript:alert(1))'),
      'x.md',
    )
    expect(out.sections[0]!.blocks).toEqual([
      '<a href="https://example.org" rel="noopener noreferrer">ok</a> and <a rel="noopener noreferrer">bad</a>',
    ])
  })

  test('a list item is one line of text, and a numbered list starts at 1', () => {
    expect(() => renderContentPage(page('## A\n\n- one\n  - nested'), 'x.md')).toThrow(/one line of text/)
    expect(() => renderContentPage(page('## A\n\n3. three'), 'x.md')).toThrow(/starts at 1/)
    expect(renderContentPage(page('## A\n\n1. one\n2. *two*'), 'x.md').sections[0]!.blocks).toEqual([
      { kind: 'ol', items: ['one', '<em>two</em>'] },
    ])
  })
})

describe('the demo data', () => {
  test('loads, and every offer belongs to a demo provider', () => {
    const providers = new Set(Object.values(demoContent.providers).map((p) => p.id))
    for (const o of Object.values(demoContent.offers)) expect(providers.has(o.providerId)).toBe(true)
  })
})
