import type { ContentDocument } from '#domain/content/types.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { formatDate } from '#domain/i18n/format.ts'

/** A reviewed long-form document: contents, sections with their sources, and review dates. */
export function ContentBody({ doc, lang }: { doc: ContentDocument; lang: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div lang={lang}>
      <nav aria-labelledby="contents-title" className="contents">
        <h2 className="heading-s" id="contents-title">
          {t('guide.contents')}
        </h2>
        <ol className="list list--numbered">
          {doc.sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {doc.sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="section">
          <h2 className="heading-l" id={s.id} tabIndex={-1}>
            {s.heading}
          </h2>
          {s.paragraphs.map((p, i) => (
            <p className="body" key={i}>
              {p}
            </p>
          ))}
          {s.bullets?.length ? (
            <ul className="list list--bullet">
              {s.bullets.map((b, i) => (
                <li key={i}>{b}</li>
              ))}
            </ul>
          ) : null}
          {s.sources?.length ? (
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
      <p className="hint">
        {t('condition.lastReviewed', {
          date: formatDate(locale, new Date(doc.lastReviewed)),
          due: formatDate(locale, new Date(doc.reviewDue)),
        })}
      </p>
    </div>
  )
}
