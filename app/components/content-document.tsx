import { Fragment } from 'react'
import type { ContentPage } from '#domain/content/types.ts'
import { localeInfo, type Locale } from '#domain/i18n/locales.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { formatDate } from '#domain/i18n/format.ts'

/** Language and direction of a reviewed page's text (it may be the English fallback). */
export const textLanguage = (docLocale: Locale, pageLocale: Locale) => ({
  lang: docLocale,
  dir: docLocale === pageLocale ? undefined : localeInfo[docLocale].dir,
})

/** A reviewed long-form page: contents, sections with their sources, and review dates. */
export function ContentBody({ doc, locale: docLocale }: { doc: ContentPage; locale: Locale }) {
  const t = useT()
  const locale = useLocale()
  const sections = doc.sections.filter((s): s is typeof s & { id: string } => s.id !== null)
  return (
    <div {...textLanguage(docLocale, locale)}>
      <nav aria-labelledby="contents-title" className="contents">
        <h2 className="heading-s" id="contents-title">
          {t('guide.contents')}
        </h2>
        <ol className="list list--numbered">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="section">
          <h2 className="heading-l" id={s.id} tabIndex={-1}>
            {s.heading}
          </h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: s.html }} />
          {s.sources.length ? (
            <div className="sources">
              <h3 className="heading-s">{t('condition.sources')}</h3>
              <ul className="list">
                {s.sources.map((src, i) => (
                  <li key={i} className="hint">
                    {src.url ? (
                      <a href={src.url} rel="noopener noreferrer">
                        {src.title}
                      </a>
                    ) : (
                      src.title
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ))}
      {doc.lastReviewed && doc.reviewDue ? (
        <p className="hint">
          {t('condition.lastReviewed', {
            date: formatDate(locale, new Date(doc.lastReviewed)),
            due: formatDate(locale, new Date(doc.reviewDue)),
          })}
        </p>
      ) : null}
    </div>
  )
}

/** A short reviewed page without contents or sources (how we rank): headings and their text. */
export function ContentFlow({ doc }: { doc: ContentPage }) {
  return (
    <>
      {doc.sections.map((s, i) => (
        <Fragment key={i}>
          <h2 className="heading-m">{s.heading}</h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: s.html }} />
        </Fragment>
      ))}
    </>
  )
}
