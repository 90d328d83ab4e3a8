import { AreaLanding } from '#app/components/area-landing.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { clinicMembershipsOf } from '#server/use-cases/staff/clinic-memberships.ts'
import type { Route } from './+types/home'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'clinic')
  const memberships = await clinicMembershipsOf(await runtime(), user.id)
  return { user: { name: user.name, role: user.role }, memberships }
}

export default function ClinicHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <AreaLanding
      title="clinic.title"
      lede="clinic.lede"
      user={loaderData.user}
      can={['clinic.can.inbox', 'clinic.can.quote', 'clinic.can.followUp']}
    >
      {loaderData.memberships.length === 0 ? (
        <p className="body">{t('clinic.noProvider')}</p>
      ) : (
        <ul className="list">
          {loaderData.memberships.map((m) => (
            <li key={m.providerId}>
              {t('clinic.memberOf', { providers: m.name })}{' '}
              {m.isDemo ? <Tag tone="purple">{t('tag.demo')}</Tag> : null}
            </li>
          ))}
        </ul>
      )}
    </AreaLanding>
  )
}
