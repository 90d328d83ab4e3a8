import { formatNumber } from '#domain/i18n/format.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import type { Money } from '#domain/quotes/money.ts'
import type { TreatmentPlan } from '#domain/quotes/treatment-plan.ts'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

// One clinic's plan as the reviewing doctor reads it (ADR 0050): what it
// proposes, for how long, signed by whom, and what its quote asks. Each
// figure carries its unit, as the plan stores it (a stay in days).
export type PlanForDoctor = { providerName: string; plan: TreatmentPlan; total: Money }

export function PlanForDoctorSummary({ plan: p, headingId }: { plan: PlanForDoctor; headingId: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <article className="section" aria-labelledby={headingId}>
      <h3 className="heading-s" id={headingId}>
        {p.providerName}
      </h3>
      <SummaryList
        rows={[
          { key: t('plan.field.protocol'), value: <span dir="auto">{p.plan.protocol}</span> },
          { key: t('plan.field.schedule'), value: <span dir="auto">{p.plan.schedule}</span> },
          { key: t('quotes.row.sessions'), value: formatNumber(locale, p.plan.sessions) },
          { key: t('quotes.row.stay'), value: t('quotes.days', { days: p.plan.lengthOfStayDays }) },
          {
            key: t('plan.field.pretreatmentTests'),
            value: <span dir="auto">{p.plan.pretreatmentTests || t('quotes.none')}</span>,
          },
          { key: t('plan.field.aftercare'), value: <span dir="auto">{p.plan.aftercare}</span> },
          {
            key: t('quotes.row.doctor'),
            value: t('plan.signedBy', {
              name: p.plan.doctor.name,
              number: p.plan.doctor.registrationNumber,
              council: p.plan.doctor.registrationCouncil,
            }),
          },
          { key: t('quotes.row.total'), value: formatQuoteMoney(locale, p.total) },
        ]}
      />
    </article>
  )
}
