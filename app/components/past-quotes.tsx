import { formatDate } from '#domain/i18n/format.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import type { Money } from '#domain/quotes/money.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'

// The quotes a changed plan left behind (ADR 0069), still readable: the
// changes the family did not accept, those the clinic withdrew (ADR 0081),
// and the quotes a later one replaced.
// One list for both, so they read alike; only the heading and the verb
// ("not accepted on", "replaced on") differ.
export type PastQuote = {
  quoteId: string
  totals: { overall: Money }
  plan: { sessions: number; lengthOfStayDays: number }
  /** When it was declined, or replaced. */
  at: Date | string
}
export type PastQuoteKind = 'declined' | 'withdrawn' | 'superseded'

const words = {
  declined: { title: 'treatment.revision.declined.title', item: 'treatment.revision.declined.item' },
  withdrawn: { title: 'treatment.revision.withdrawn.title', item: 'treatment.revision.withdrawn.item' },
  superseded: { title: 'treatment.revision.superseded.title', item: 'treatment.revision.superseded.item' },
} as const

export function PastQuotes({ kind, quotes }: { kind: PastQuoteKind; quotes: readonly PastQuote[] }) {
  const t = useT()
  const locale = useLocale()
  if (quotes.length === 0) return null
  return (
    <>
      <h3 className="heading-s">{t(words[kind].title)}</h3>
      <ul className="list" data-testid={`${kind}-quotes`}>
        {quotes.map((q) => (
          <li key={q.quoteId}>
            {t(words[kind].item, {
              total: formatQuoteMoney(locale, q.totals.overall),
              number: q.plan.sessions,
              days: q.plan.lengthOfStayDays,
              date: formatDate(locale, new Date(q.at)),
            })}
          </li>
        ))}
      </ul>
    </>
  )
}
