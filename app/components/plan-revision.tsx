import type { ReactNode } from 'react'
import { formatDate } from '#domain/i18n/format.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import type { Money } from '#domain/quotes/money.ts'
import { Section } from '#app/components/patterns/section.tsx'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

// A changed plan after arrival (ADR 0069), as every audience reads it: the
// changed plan and its new price beside the accepted one while it waits for
// the family, and the earlier quotes it superseded, still readable. The
// family's page adds its signing form as `children`.
type PlanOfQuote = {
  protocol: string
  sessions: number
  lengthOfStayDays: number
  doctor: { name: string }
}
export type RevisionQuote = {
  quoteId: string
  validUntil: string
  totals: { overall: Money }
  plan: PlanOfQuote
}
export type PlanRevisionsForPage = {
  pending: RevisionQuote | null
  superseded: (RevisionQuote & { supersededAt: Date | string })[]
}

export function PlanRevision({
  revisions,
  accepted,
  children,
}: {
  revisions: PlanRevisionsForPage | null
  /** The quote in force now, to set the changed one beside. */
  accepted: RevisionQuote | null
  children?: ReactNode
}) {
  const t = useT()
  const locale = useLocale()
  if (!revisions || (!revisions.pending && revisions.superseded.length === 0)) return null
  const p = revisions.pending
  const was = (now: string, before: string | null) =>
    before !== null && before !== now ? t('treatment.revision.was', { to: now, from: before }) : now
  const money = (m: Money) => formatQuoteMoney(locale, m)
  return (
    <Section id="changed-plan" title={t('treatment.revision.title')}>
      {p ? (
        <div data-testid="pending-revision">
          <p className="body">{t('treatment.revision.pending')}</p>
          <SummaryList
            rows={[
              { key: t('treatment.revision.row.protocol'), value: <span dir="auto">{p.plan.protocol}</span> },
              {
                key: t('treatment.revision.row.sessions'),
                value: was(String(p.plan.sessions), accepted ? String(accepted.plan.sessions) : null),
              },
              {
                key: t('treatment.revision.row.stay'),
                value: was(
                  String(p.plan.lengthOfStayDays),
                  accepted ? String(accepted.plan.lengthOfStayDays) : null,
                ),
              },
              {
                key: t('treatment.revision.row.total'),
                value: was(money(p.totals.overall), accepted ? money(accepted.totals.overall) : null),
              },
              {
                key: t('treatment.revision.row.validUntil'),
                value: formatDate(locale, new Date(p.validUntil)),
              },
              {
                key: t('treatment.revision.row.doctor'),
                value: <span dir="auto">{p.plan.doctor.name}</span>,
              },
            ]}
          />
          {children}
        </div>
      ) : null}
      {revisions.superseded.length > 0 ? (
        <>
          <h3 className="heading-s">{t('treatment.revision.superseded.title')}</h3>
          <ul className="list" data-testid="superseded-quotes">
            {revisions.superseded.map((q) => (
              <li key={q.quoteId}>
                {t('treatment.revision.superseded.item', {
                  total: money(q.totals.overall),
                  number: q.plan.sessions,
                  date: formatDate(locale, new Date(q.supersededAt)),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  )
}
