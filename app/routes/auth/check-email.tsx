import { Form, Link } from 'react-router'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { cookieValue, runtime } from '#app/request.server.ts'
import { accountLimits } from '#domain/accounts/account-limits.ts'
import { requestConfirmationEmail } from '#server/use-cases/accounts/password-reset.ts'
import type { Route } from './+types/check-email'

/** The address the sign-up action remembered; a broken or forged value is not used. */
function pendingEmail(request: Request): string {
  const email = cookieValue(request, 'waypoint_pending') ?? ''
  return email.length <= accountLimits.emailMax && /^[^\s@]+@[^\s@]+$/.test(email) ? email : ''
}

export function loader({ request }: Route.LoaderArgs) {
  return { email: pendingEmail(request) }
}

// Sends the confirmation again to the address just signed up with, never to
// one typed here: better-auth sends only to an account still unconfirmed,
// and the link-request limits count every ask (docs/decisions/0033).
export async function action({ request }: Route.ActionArgs) {
  const fields = await readFields(request)
  const email = pendingEmail(request)
  if (!email) return { resent: false }
  const sent = await requestConfirmationEmail(await runtime(), email, request)
  if (!sent.ok) return refuse(sent.error, fields)
  return { resent: true }
}

export default function CheckEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  const resent = actionData && 'resent' in actionData ? actionData.resent : null
  return (
    <div className="two-thirds">
      <PageTitle title={t('checkEmail.title')} error={failed.failed} />
      <ErrorSummary errors={failed.list} />
      {resent === true ? (
        <NotificationBanner tone="success" title={t('checkEmail.resent.title')}>
          {t('checkEmail.resent.body', { email: loaderData.email })}
        </NotificationBanner>
      ) : null}
      <div className="panel panel--confirmation">
        <h1 className="heading-xl">{t('checkEmail.title')}</h1>
      </div>
      {loaderData.email ? (
        <p className="body">{t('checkEmail.body', { email: loaderData.email })}</p>
      ) : (
        <p className="body">{t('checkEmail.bodyNoAddress')}</p>
      )}
      <p className="body">{t('checkEmail.noRush')}</p>
      <h2 className="heading-m">{t('checkEmail.notArrived.title')}</h2>
      <p className="body">{t('checkEmail.notArrived.spam')}</p>
      {loaderData.email ? (
        <Form method="post">
          <Button variant="secondary">{t('checkEmail.sendAgain')}</Button>
        </Form>
      ) : (
        <p className="body">
          <Link to="/sign-in">{t('checkEmail.signInToResend')}</Link>
        </p>
      )}
      <h2 className="heading-m">{t('checkEmail.wrongAddress.title')}</h2>
      <p className="body">
        {t('checkEmail.wrongAddress.body')} <Link to="/sign-up">{t('checkEmail.wrongAddress.link')}</Link>
      </p>
    </div>
  )
}
