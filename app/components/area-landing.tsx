import type { ReactNode } from 'react'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { Role } from '#domain/accounts/roles.ts'

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
  can: MessageKey[]
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
        {can.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </>
  )
}
