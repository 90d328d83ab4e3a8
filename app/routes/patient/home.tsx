import { AreaLanding } from '#app/components/area-landing.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea } from '#app/request.server.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'patient')
  return { user: { name: user.name, role: user.role } }
}

export default function PatientHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <AreaLanding
      title="patient.title"
      lede="patient.lede"
      user={loaderData.user}
      can={['patient.can.learn', 'patient.can.compare', 'patient.can.share', 'patient.can.account']}
    >
      {loaderData.user.role === 'caregiver' ? (
        <NotificationBanner title={t('role.caregiver')}>{t('caregiver.note')}</NotificationBanner>
      ) : null}
    </AreaLanding>
  )
}
