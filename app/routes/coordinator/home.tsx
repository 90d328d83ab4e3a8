import { AreaHome } from '#app/components/area-landing.tsx'
import { requireArea } from '#app/request.server.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'coordinator')
  return { user: { name: user.name, role: user.role } }
}

export default function CoordinatorHome({ loaderData }: Route.ComponentProps) {
  return <AreaHome area="coordinator" user={loaderData.user} />
}
