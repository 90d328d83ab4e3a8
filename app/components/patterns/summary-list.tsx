import type { ReactNode } from 'react'
import { Link } from 'react-router'

export type SummaryRow = {
  key: string
  value: ReactNode
  action?: { href: string; label: string; context: string }
}

/** Key/value rows with Change links that carry visually hidden context for screen readers. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="summary-list__actions">
              <Link to={row.action.href}>
                {row.action.label}
                <span className="visually-hidden"> {row.action.context}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}
