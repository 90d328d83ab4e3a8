import { formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import type { Money } from '#domain/quotes/money.ts'
import { QUANTITY_SCALE } from '#domain/quotes/quote-line.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'

/** What a quote's body shows: its plan in the clinic's words, then every line with its total. */
export type QuoteBodyData = {
  plan: { protocol: string; schedule: string; pretreatmentTests: string; aftercare: string }
  lines: readonly {
    category: string
    description: string
    quantityHundredths: number
    unitPrice: Money
    total: Money
  }[]
}

/**
 * A plan and its quote line by line (Waypoint's fee on its own line), as the
 * family reads it before accepting: on the quotes page, and beside a changed
 * plan waiting for their signature. `id` names the lines' table.
 */
export function QuoteBody({ quote: q, id, caption }: { quote: QuoteBodyData; id: string; caption: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <dl className="summary-list">
        {(['protocol', 'schedule', 'pretreatmentTests', 'aftercare'] as const).map((f) => (
          <div className="summary-list__row" key={f}>
            <dt className="summary-list__key">{t(`plan.field.${f}`)}</dt>
            <dd className="summary-list__value" dir="auto">
              {/* The plan form says to leave the tests empty when none are needed. */}
              {q.plan[f] || t(f === 'pretreatmentTests' ? 'quotes.noTestsNeeded' : 'quotes.notGiven')}
            </dd>
          </div>
        ))}
      </dl>
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={id}>
        <table className="table">
          <caption className="table__caption" id={id}>
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.field.category')}</th>
              <th scope="col">{t('plan.field.description')}</th>
              <th scope="col">{t('plan.field.quantity')}</th>
              <th scope="col">{t('plan.field.unitPrice')}</th>
              <th scope="col">{t('quotes.lineTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {q.lines.map((l, i) => (
              <tr key={i}>
                <td>{t(`quote.category.${l.category}` as MessageKey)}</td>
                <td dir="auto">{l.category === 'waypoint-fee' ? t('quotes.feeLine') : l.description}</td>
                <td>{formatNumber(locale, l.quantityHundredths / QUANTITY_SCALE)}</td>
                <td>{formatQuoteMoney(locale, l.unitPrice)}</td>
                <td>{formatQuoteMoney(locale, l.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
