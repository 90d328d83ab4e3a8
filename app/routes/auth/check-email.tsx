import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import type { Route } from './+types/check-email'

export function loader({ request }: Route.LoaderArgs) {
  const match = (request.headers.get('cookie') ?? '').match(/(?:^|;\s*)waypoint_pending=([^;]*)/)
  return { email: match ? decodeURIComponent(match[1]!) : '' }
}

export default function CheckEmail({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <div className="two-thirds">
      <PageTitle title={t('checkEmail.title')} />
      <div className="panel panel--confirmation">
        <h1 className="heading-xl">{t('checkEmail.title')}</h1>
      </div>
      <p className="body">{t('checkEmail.body', { email: loaderData.email || '…' })}</p>
      <p className="body">{t('checkEmail.noRush')}</p>
    </div>
  )
}
