import { Link } from 'react-router'
import { AreaLanding } from '#app/components/area-landing.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea } from '#app/request.server.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'reviewer')
  return { user: { name: user.name, role: user.role } }
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
      <p className="body">
        <Link to="/reviewer/rules">{t('rules.link')}</Link>
      </p>
      <p className="body">
        <Link to="/reviewer/evidence">{t('rules.evidenceLink')}</Link>
      </p>
    </AreaLanding>
  )
}
