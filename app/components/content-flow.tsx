import { Fragment } from 'react'
import type { ContentPage } from '#domain/content/types.ts'
import { localeInfo, type Locale } from '#domain/i18n/locales.ts'

// How we rank: a short reviewed page without contents or sources. Kept apart
// from content-document.tsx so this page does not load what that one needs.

/** Language and direction of a reviewed page's text (it may be the English fallback). */
export const textLanguage = (docLocale: Locale, pageLocale: Locale) => ({
  lang: docLocale,
  dir: docLocale === pageLocale ? undefined : localeInfo[docLocale].dir,
})

/** Headings, and the server's sanitised paragraphs and lists in the page's own elements. */
export function ContentFlow({ doc }: { doc: ContentPage }) {
  return (
    <>
      {doc.sections.map((s, i) => (
        <Fragment key={i}>
          <h2 className="heading-m">{s.heading}</h2>
          {s.blocks.map((b, j) => {
            if (typeof b === 'string')
              return <p className="body" key={j} dangerouslySetInnerHTML={{ __html: b }} />
            const List = b.kind
            return (
              <List className={b.kind === 'ul' ? 'list list--bullet' : 'list list--numbered'} key={j}>
                {b.items.map((html, k) => (
                  <li key={k} dangerouslySetInnerHTML={{ __html: html }} />
                ))}
              </List>
            )
          })}
        </Fragment>
      ))}
    </>
  )
}
