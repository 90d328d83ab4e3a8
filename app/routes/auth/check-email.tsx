import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import { cookieValue } from '#app/request.server.ts'
import { accountLimits } from '#domain/accounts/account-limits.ts'
import type { Route } from './+types/check-email'

export function loader({ request }: Route.LoaderArgs) {
  // Set by the sign-up action; anything else in it (a broken or forged value) is not shown.
  const email = cookieValue(request, 'waypoint_pending') ?? ''
  return { email: email.length <= accountLimits.emailMax && /^[^\s@]+@[^\s@]+$/.test(email) ? email : '' }
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
