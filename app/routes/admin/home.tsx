import { AreaHome } from '#app/components/area-landing.tsx'
import { requireArea } from '#app/request.server.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'admin')
  return { user: { name: user.name, role: user.role } }
}

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  return <AreaHome area="admin" user={loaderData.user} />
}
