import { Link } from 'react-router'
import { AreaLanding } from '#app/components/area-landing.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea } from '#app/request.server.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'coordinator')
  return { user: { name: user.name, role: user.role } }
}

export default function CoordinatorHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <AreaLanding
      title="coordinator.title"
      lede="coordinator.lede"
      user={loaderData.user}
      can={['coordinator.can.queue', 'coordinator.can.route', 'coordinator.can.message']}
    >
      <p className="body">
        <Link to="/coordinator/cases">{t('queue.title')}</Link>
      </p>
    </AreaLanding>
  )
}
