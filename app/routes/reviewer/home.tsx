import { Link } from 'react-router'
import { AreaLanding } from '#app/components/area-landing.tsx'
import { ReverificationDue } from '#app/components/reverification-due.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { listCredentialsDueForReverification } from '#server/use-cases/review/reverification-due.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'reviewer')
  const due = await listCredentialsDueForReverification(await runtime())
  return { user: { name: user.name, role: user.role }, due }
}

export default function ReviewerHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <AreaLanding
      title="reviewer.title"
      lede="reviewer.lede"
      user={loaderData.user}
      can={['reviewer.can.verify', 'reviewer.can.review', 'reviewer.can.reports']}
    >
      <p className="body">
        <Link to="/reviewer/withheld-offers">{t('reviewer.withheld')}</Link>
      </p>
      <ReverificationDue credentials={loaderData.due} />
    </AreaLanding>
  )
}
