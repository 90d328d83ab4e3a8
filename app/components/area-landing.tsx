import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { Area, Role } from '#domain/accounts/roles.ts'

/** The signed-in landing page of each area: who you are, and what you can do here. */
export function AreaLanding({
  title,
  lede,
  user,
  can,
  children,
}: {
  title: MessageKey
  lede: MessageKey
  user: { name: string; role: Role }
  can: CanDo[]
  children?: ReactNode
}) {
  const t = useT()
  return (
    <>
      <PageTitle title={t(title)} />
      <span className="caption">{t(`role.${user.role}`)}</span>
      <h1 className="heading-xl">{t(title)}</h1>
      <p className="lede">{t(lede)}</p>
      <p className="body" data-testid="who-am-i">
        {t('area.youAre', { name: user.name, role: t(`role.${user.role}`) })}
      </p>
      {children}
      <h2 className="heading-m">{t('area.canDo')}</h2>
      <ul className="list list--bullet">
        {can.map(({ key, to }) => (
          <li key={key}>{to ? <Link to={to}>{t(key)}</Link> : t(key)}</li>
        ))}
      </ul>
    </>
  )
}

/** Something an area is for, with where to do it when it has one page. */
type CanDo = { key: MessageKey; to?: string }
type AreaHomeContent = { can: CanDo[]; links: { to: string; label: MessageKey }[] }

// What each area's home offers besides who you are: where to go, and what the area is for.
const areaHomes = {
  patient: {
    can: [
      { key: 'patient.can.learn', to: '/conditions/als' },
      { key: 'patient.can.compare', to: '/providers' },
      // Sharing is chosen case by case, on each case's own page.
      { key: 'patient.can.share' },
      { key: 'patient.can.account', to: '/account' },
    ],
    links: [],
  },
  coordinator: {
    can: [
      { key: 'coordinator.can.queue' },
      { key: 'coordinator.can.route' },
      { key: 'coordinator.can.message' },
    ],
    links: [{ to: '/coordinator/cases', label: 'queue.title' }],
  },
  clinic: {
    can: [{ key: 'clinic.can.inbox' }, { key: 'clinic.can.quote' }, { key: 'clinic.can.followUp' }],
    links: [{ to: '/clinic/referrals', label: 'referrals.title' }],
  },
  // Accounts and roles are set up by whoever runs Waypoint (README); an
  // administrator supports colleagues in the staff areas.
  admin: {
    can: [{ key: 'admin.can.areas' }, { key: 'admin.can.review' }],
    links: [
      { to: '/coordinator/cases', label: 'queue.title' },
      { to: '/reviewer', label: 'reviewer.title' },
    ],
  },
} satisfies Partial<Record<Area, AreaHomeContent>>

/** An area's home page: its title, lede and list from the catalogue, its links, then the page's own content. */
export function AreaHome({
  area,
  user,
  children,
}: {
  area: keyof typeof areaHomes
  user: { name: string; role: Role }
  children?: ReactNode
}) {
  const t = useT()
  const home: AreaHomeContent = areaHomes[area]
  return (
    <AreaLanding title={`${area}.title`} lede={`${area}.lede`} user={user} can={home.can}>
      {home.links.map((link) => (
        <p className="body" key={link.to}>
          <Link to={link.to}>{t(link.label)}</Link>
        </p>
      ))}
      {children}
    </AreaLanding>
  )
}
