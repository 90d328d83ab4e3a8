import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useT } from '#app/lib/i18n.ts'

export type SummaryRow = {
  key: string
  value: ReactNode
  /** A link on the row; its hidden `context` tells screen readers which row it acts on. */
  action?: { href: string; label: string; context: string }
  /** Where the answer is changed: a "Change" link whose hidden context is the row's key. */
  change?: string
}

/**
 * Key/value rows (GOV.UK summary list). On check answers each row has a
 * Change link that carries visually hidden context for screen readers, and a
 * group of rows may have its own heading.
 */
export function SummaryList({ title, rows }: { title?: string; rows: SummaryRow[] }) {
  const t = useT()
  return (
    <>
      {title ? <h2 className="heading-m">{title}</h2> : null}
      <dl className="summary-list">
        {rows.map((row) => {
          const action = row.change
            ? { href: row.change, label: t('check.change'), context: row.key }
            : row.action
          return (
            <div className="summary-list__row" key={row.key}>
              <dt className="summary-list__key">{row.key}</dt>
              <dd className="summary-list__value">{row.value}</dd>
              {action ? (
                <dd className="summary-list__actions">
                  <Link to={action.href}>
                    {action.label}
                    <span className="visually-hidden"> {action.context}</span>
                  </Link>
                </dd>
              ) : null}
            </div>
          )
        })}
      </dl>
    </>
  )
}
