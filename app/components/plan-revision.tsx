import type { ReactNode } from 'react'
import { formatDate } from '#domain/i18n/format.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import type { Money } from '#domain/quotes/money.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PastQuotes } from '#app/components/past-quotes.tsx'
import { QuoteBody, type QuoteBodyData } from '#app/components/quote-body.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { SummaryList, type SummaryRow } from '#app/components/patterns/summary-list.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { visaNameIn } from '#app/lib/visa-name.ts'

// A changed plan after arrival (ADR 0069), as every audience reads it: the
// changed plan and its new price beside the accepted one while it waits for
// the family, and the earlier quotes it superseded, still readable. The
// family's page adds its signing form as `children`.
type PlanOfQuote = QuoteBodyData['plan'] & {
  sessions: number
  lengthOfStayDays: number
  doctor: { name: string }
}
export type RevisionQuote = QuoteBodyData & {
  quoteId: string
  validUntil: string
  totals: { overall: Money }
  plan: PlanOfQuote
}
/** A changed plan's stay past the visa's last day (ADR 0073). */
export type VisaOverrunForPage = {
  visaName: string
  /** The rules' id, which names the visa in the viewer's language. */
  visaId?: string
  validityDays: number
  lengthOfStayDays: number
  extendable: boolean
  visaLastDay: string | null
  stayLastDay: string | null
}
export type PlanRevisionsForPage = {
  /** The quote in force now. */
  current: RevisionQuote | null
  pending: RevisionQuote | null
  superseded: (RevisionQuote & { supersededAt: Date | string })[]
  declined: (RevisionQuote & { declinedAt: Date | string })[]
  /** The last change sent was declined: the agreed plan stands. */
  latestDeclined: boolean
  /** Changes the clinic took back while they waited (ADR 0081). */
  withdrawn: (RevisionQuote & { withdrawnAt: Date | string })[]
  /** The last change sent was withdrawn by the clinic: the agreed plan stands. */
  latestWithdrawn: boolean
  /** The change waiting, or the one in force, checked against the visa. */
  visa: VisaOverrunForPage | null
}

/** Where a changed plan would keep the family past the visa's last day, and what follows. */
export function VisaOverrunWarning({ visa }: { visa: VisaOverrunForPage }) {
  const t = useT()
  const locale = useLocale()
  const values = {
    days: visa.lengthOfStayDays,
    visa: visaNameIn(t, { id: visa.visaId, name: visa.visaName }),
    validity: visa.validityDays,
  }
  return (
    <NotificationBanner tone="warning" title={t('treatment.revision.visa.title')}>
      <p className="body" data-testid="revision-visa-warning">
        {visa.visaLastDay && visa.stayLastDay
          ? t('treatment.revision.visa.dates', {
              ...values,
              visaLastDay: formatDate(locale, new Date(visa.visaLastDay)),
              stayLastDay: formatDate(locale, new Date(visa.stayLastDay)),
            })
          : t('treatment.revision.visa.lengths', values)}{' '}
        {t(visa.extendable ? 'treatment.revision.visa.extendable' : 'treatment.revision.visa.notExtendable')}
      </p>
    </NotificationBanner>
  )
}

export function PlanRevision({
  revisions,
  children,
  afterDecline,
  forFamily = false,
}: {
  revisions: PlanRevisionsForPage | null
  children?: ReactNode
  /** What the reader is to expect once the last change was declined (the family's page). */
  afterDecline?: ReactNode
  /** The family reads about their own answers ("you did not accept"), staff about the family's. */
  forFamily?: boolean
}) {
  const t = useT()
  const locale = useLocale()
  if (
    !revisions ||
    (!revisions.pending &&
      revisions.superseded.length === 0 &&
      revisions.declined.length === 0 &&
      revisions.withdrawn.length === 0)
  )
    return null
  const p = revisions.pending
  const was = (now: string, before: string | null) =>
    before !== null && before !== now ? t('treatment.revision.was', { to: now, from: before }) : now
  const money = (m: Money) => formatQuoteMoney(locale, m)
  // A plan's protocol, sessions, stay, total and signer, each against another's where it moved.
  const compared = (now: RevisionQuote, before: RevisionQuote | null, extra?: SummaryRow) => [
    { key: t('treatment.revision.row.protocol'), value: <span dir="auto">{now.plan.protocol}</span> },
    {
      key: t('treatment.revision.row.sessions'),
      value: was(String(now.plan.sessions), before ? String(before.plan.sessions) : null),
    },
    {
      key: t('treatment.revision.row.stay'),
      value: was(String(now.plan.lengthOfStayDays), before ? String(before.plan.lengthOfStayDays) : null),
    },
    {
      key: t('treatment.revision.row.total'),
      value: was(money(now.totals.overall), before ? money(before.totals.overall) : null),
    },
    ...(extra ? [extra] : []),
    { key: t('treatment.revision.row.doctor'), value: <span dir="auto">{now.plan.doctor.name}</span> },
  ]
  // A change in force (confirmed at the same price, or signed for): the plan
  // now, set beside the quote it replaced, so no one has to work out what moved.
  const replaced = revisions.superseded.at(-1)
  const inForce = !p && replaced ? revisions.current : null
  return (
    <Section id="changed-plan" title={t('treatment.revision.title')}>
      {p ? (
        <div data-testid="pending-revision">
          <p className="body">{t('treatment.revision.pending')}</p>
          <SummaryList
            // Beside the quote in force now.
            rows={compared(p, revisions.current, {
              key: t('treatment.revision.row.validUntil'),
              value: formatDate(locale, new Date(p.validUntil)),
            })}
          />
          {/* What the new price is made of, line by line, before anyone signs for it. */}
          <QuoteBody quote={p} id="changed-quote-lines" caption={t('treatment.revision.lines')} />
          {revisions.visa ? <VisaOverrunWarning visa={revisions.visa} /> : null}
          {children}
        </div>
      ) : revisions.visa ? (
        <VisaOverrunWarning visa={revisions.visa} />
      ) : null}
      {inForce && replaced ? (
        <div data-testid="revision-in-force">
          <p className="body">
            {t('treatment.revision.inForce', { date: formatDate(locale, new Date(replaced.supersededAt)) })}
          </p>
          <SummaryList rows={compared(inForce, replaced)} />
        </div>
      ) : null}
      {revisions.latestDeclined ? (
        <div data-testid="revision-declined">
          <p className="body two-thirds">
            {t(
              forFamily ? 'treatment.revision.declined.standingYou' : 'treatment.revision.declined.standing',
            )}
          </p>
          {afterDecline}
        </div>
      ) : null}
      {revisions.latestWithdrawn ? (
        <p className="body two-thirds" data-testid="revision-withdrawn">
          {t(
            forFamily ? 'treatment.revision.withdrawn.standingYou' : 'treatment.revision.withdrawn.standing',
          )}
        </p>
      ) : null}
      <PastQuotes kind="declined" quotes={revisions.declined.map((q) => ({ ...q, at: q.declinedAt }))} />
      <PastQuotes kind="withdrawn" quotes={revisions.withdrawn.map((q) => ({ ...q, at: q.withdrawnAt }))} />
      <PastQuotes
        kind="superseded"
        quotes={revisions.superseded.map((q) => ({ ...q, at: q.supersededAt }))}
      />
    </Section>
  )
}
