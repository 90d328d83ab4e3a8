import { Link } from 'react-router'
import { AreaLanding } from '#app/components/area-landing.tsx'
import { ReviewQueueNav } from '#app/components/review-queue-nav.tsx'
import { useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { requireArea } from '#app/request.server.ts'
import { reviewQueuesNow } from '#server/use-cases/review/review-queues.ts'
import { ReverificationDue } from '#app/components/reverification-due.tsx'
import { runtime } from '#app/request.server.ts'
import { listCredentialsDueForReverification } from '#server/use-cases/review/reverification-due.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'reviewer')
  const [{ counts }, due] = await Promise.all([
    reviewQueuesNow(await caseDeps()),
    listCredentialsDueForReverification(await runtime()),
  ])
  return { user: { name: user.name, role: user.role }, counts, due }
}

export default function ReviewerHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <AreaLanding
      title="reviewer.title"
      lede="reviewer.lede"
      user={loaderData.user}
      can={[{ key: 'reviewer.can.verify' }, { key: 'reviewer.can.review' }, { key: 'reviewer.can.reports' }]}
    >
      <h2 className="heading-m">{t('reviewer.home.queues')}</h2>
      <ReviewQueueNav counts={loaderData.counts} />
      <p className="body">
        <Link to="/reviewer/withheld-offers">{t('reviewer.withheld')}</Link>
      </p>
      <p className="body">
        <Link to="/reviewer/rules">{t('rules.link')}</Link>
      </p>
      <p className="body">
        <Link to="/reviewer/evidence">{t('rules.evidenceLink')}</Link>
      </p>
      <ReverificationDue credentials={loaderData.due} />
      <p className="body">
        <Link to="/reviewer/reports">{t('reviewer.reports')}</Link>
      </p>
      <p className="body">
        <Link to="/reviewer/reviews">{t('reviews.queue.title')}</Link>
      </p>
    </AreaLanding>
  )
}
