import { NavLink } from 'react-router'
import { reviewQueues, type ReviewQueue } from '#domain/review/review-queues.ts'
import { useT } from '#app/lib/i18n.ts'

/** The reviewer's four queues with how many items wait in each; the current one is marked for screen readers. */
export function ReviewQueueNav({ counts }: { counts: Record<ReviewQueue, number> }) {
  const t = useT()
  return (
    <nav aria-label={t('reviewer.queues.nav')}>
      <ul className="case-nav">
        {reviewQueues.map((q) => (
          <li key={q}>
            <NavLink to={`/reviewer/queues/${q}`}>
              {t('reviewer.queue.link', { name: t(`reviewer.queue.${q}`), count: counts[q] })}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
