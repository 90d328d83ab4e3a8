import type { ContentBlock, ContentPage } from '#domain/content/types.ts'
import { localeInfo, type Locale } from '#domain/i18n/locales.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import type { ReviewDates } from '#app/lib/review-dates.ts'

/**
 * A reviewed long-form page: contents, sections with their sources, and review
 * dates. The dates come written in the viewer's language by the loader
 * (`reviewDatesOf`): formatting the first date in the browser builds Intl's
 * calendar data, tens of milliseconds of a phone's main thread while the page
 * hydrates (docs/decisions/0078-the-browser-formats-less-while-hydrating.md).
 */
export function ContentBody({
  doc,
  locale: docLocale,
  reviewed,
}: {
  doc: ContentPage
  locale: Locale
  reviewed: ReviewDates | null
}) {
  const t = useT()
  const locale = useLocale()
  const sections = doc.sections.filter((s): s is typeof s & { id: string } => s.id !== null)
  return (
    <div lang={docLocale} dir={docLocale === locale ? undefined : localeInfo[docLocale].dir}>
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
          {s.blocks.map(block)}
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
      {reviewed ? <p className="hint">{t('condition.lastReviewed', reviewed)}</p> : null}
    </div>
  )
}

/** A paragraph or list of the server's sanitised HTML, in the page's own elements and classes. */
function block(b: ContentBlock, i: number) {
  if (typeof b === 'string') return <p className="body" key={i} dangerouslySetInnerHTML={{ __html: b }} />
  const List = b.kind
  return (
    <List className={b.kind === 'ul' ? 'list list--bullet' : 'list list--numbered'} key={i}>
      {b.items.map((html, j) => (
        <li key={j} dangerouslySetInnerHTML={{ __html: html }} />
      ))}
    </List>
  )
}
