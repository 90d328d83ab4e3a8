import { Link } from 'react-router'
import { inboxQuery, inboxViews, type InboxView } from '#domain/referrals/inbox-views.ts'
import { useT } from '#app/lib/i18n.ts'

/** The address of a page of one of the clinic inbox's views. */
export function inboxHref(view: InboxView, page = 1): string {
  const query = inboxQuery(view, page)
  return query ? `/clinic/referrals?${query}` : '/clinic/referrals'
}

/**
 * The clinic inbox's views, each a link with its count: on the inbox, the
 * one on show is marked; on the clinic's home, none is.
 */
export function InboxViewsNav({
  counts,
  current = null,
}: {
  counts: Record<InboxView, number>
  current?: InboxView | null
}) {
  const t = useT()
  return (
    <nav aria-label={t('referrals.views')}>
      <ul className="case-nav">
        {inboxViews.map((v) => (
          <li key={v}>
            <Link to={inboxHref(v)} aria-current={current === v ? 'page' : undefined}>
              {t(`referrals.view.${v}`)} ({counts[v]})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
