import type { ContentPage } from '#domain/content/types.ts'

/** Description and Open Graph tags for a reviewed content page. */
export function contentMeta(data: { doc: ContentPage; url: string } | undefined) {
  if (!data) return []
  return [
    { name: 'description', content: data.doc.summary },
    { property: 'og:title', content: `${data.doc.title} – Waypoint` },
    { property: 'og:description', content: data.doc.summary },
    { property: 'og:type', content: 'article' },
    { property: 'og:url', content: data.url },
  ]
}
