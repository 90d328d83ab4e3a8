import { AreaLanding } from '#app/components/area-landing.tsx'
import { requireArea } from '#app/request.server.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'admin')
  return { user: { name: user.name, role: user.role } }
}

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  return (
    <AreaLanding
      title="admin.title"
      lede="admin.lede"
      user={loaderData.user}
      can={['admin.can.accounts', 'admin.can.providers', 'admin.can.areas']}
    />
  )
}
