import { reasonText } from '#domain/listing/reason-text.ts'
import type { StoredReason } from '#domain/listing/types.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'

/** The listing policy's reasons, each with its source, in the reader's language. */
export function PolicyReasons({
  reasons,
  title,
  level = 4,
  id,
  valuesWritten = false,
}: {
  reasons: readonly StoredReason[]
  title: string
  /** So other pages can link straight to these reasons. */
  id?: string
  /** The heading level that fits where the reasons are shown. */
  level?: 3 | 4
  /** The reasons' countries and dates were written by the page's loader (ADR 0078). */
  valuesWritten?: boolean
}) {
  const t = useT()
  const locale = useLocale()
  if (reasons.length === 0) return null
  return (
    <div className="warning-box" id={id}>
      {level === 3 ? <h3 className="heading-s">{title}</h3> : <h4 className="heading-s">{title}</h4>}
      <ul className="list list--bullet">
        {reasons.map((r) => {
          const { text, lang } = reasonText(r, t, locale, valuesWritten)
          return (
            <li key={r.code}>
              <span lang={lang}>{text}</span>{' '}
              <span className="hint">
                {r.basis.source.url ? (
                  <a href={r.basis.source.url} rel="noopener noreferrer">
                    {t('provider.source', { title: r.basis.source.title })}
                  </a>
                ) : (
                  t('provider.source', { title: r.basis.source.title })
                )}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
