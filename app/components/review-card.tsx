import type { ReactNode } from 'react'
import { formatMonthYear } from '#domain/i18n/format.ts'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

export type ReviewForCard = {
  id: string
  rating: number | null
  body: string
  displayName: string | null
  locale: string
  treatedMonth: string
  /** The month as a public page's loader wrote it (ADR 0078); written here when absent. */
  treatedMonthText?: string
  offerTitle?: string | null
  reply?: string | null
}

/** "Treated in December 2026": the month of the first session, as the viewer reads months. */
export function useTreatedMonth() {
  const locale = useLocale()
  return (month: string) => formatMonthYear(locale, new Date(`${month}-01T00:00:00Z`))
}

/**
 * One verified review as the public reads it (ADR 0068): the family's words
 * whole, in the language they wrote, the month of treatment and the
 * "verified" mark, the display name only if the family chose one, and the
 * clinic's one reply under it.
 */
export function ReviewCard({
  review: r,
  headingLevel = 3,
  actions,
}: {
  review: ReviewForCard
  headingLevel?: 2 | 3
  actions?: ReactNode
}) {
  const t = useT()
  const month = useTreatedMonth()
  const Heading = `h${headingLevel}` as const
  return (
    <article className="offer" aria-labelledby={`review-${r.id}`}>
      <Heading className="heading-s" id={`review-${r.id}`}>
        {r.displayName ? <span dir="auto">{r.displayName}</span> : t('reviews.anonymous')}
        {r.rating !== null ? <> · {t('reviews.rating.value', { count: r.rating })}</> : null}
      </Heading>
      <p className="hint">
        <Tag tone="green">{t('reviews.verified')}</Tag>{' '}
        {t('reviews.treatedIn', { month: r.treatedMonthText ?? month(r.treatedMonth) })}
        {r.offerTitle ? <> · {r.offerTitle}</> : null}
      </p>
      <p className="body pre-wrap" lang={r.locale} dir="auto">
        {r.body}
      </p>
      {r.reply ? (
        <div className="inset-text">
          <p className="body">
            <strong>{t('reviews.reply.heading')}</strong>
          </p>
          <p className="body pre-wrap" dir="auto">
            {r.reply}
          </p>
        </div>
      ) : null}
      {actions}
    </article>
  )
}
