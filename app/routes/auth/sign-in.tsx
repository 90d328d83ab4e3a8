import { Link, redirect } from 'react-router'
import { AccountForm, AccountPage, EmailField, PasswordField } from '#app/components/account-form.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PasskeySignIn } from '#app/components/passkey-sign-in.tsx'
import { signInSchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, runtime, safeNext, viewerOf } from '#app/request.server.ts'
import { signIn } from '#server/use-cases/accounts/sign-in.ts'
import { invitationKindOf } from '#domain/accounts/invitation-next.ts'
import type { Route } from './+types/sign-in'

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const viewer = await viewerOf(request)
  if (viewer) throw redirect(safeNext(url.searchParams.get('next')))
  const next = safeNext(url.searchParams.get('next'), '')
  return {
    next,
    invitation: invitationKindOf(next),
    notice: url.searchParams.has('signed-out')
      ? 'signed-out'
      : url.searchParams.has('reset')
        ? 'reset'
        : url.searchParams.get('link') === 'second-step'
          ? 'link-second-step'
          : null,
  }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await readForm(request)
  const parsed = parseForm(form, signInSchema, { secret: ['password'] })
  if (!parsed.ok) return parsed.response
  const { email, password, next } = parsed.value
  const result = await signIn(await runtime(), { email, password }, request)
  if (!result.ok) return refuse(result.error, parsed.fields, { secret: ['password'] })
  if (result.value.twoFactorRequired) {
    const to = `/sign-in/two-factor${next ? `?next=${encodeURIComponent(safeNext(next))}` : ''}`
    return redirectWithCookies(to, result.value.setCookies)
  }
  return redirectWithCookies(safeNext(next), result.value.setCookies)
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['email', 'password'])
  return (
    <AccountPage
      title={t('signIn.title')}
      failed={failed}
      notice={
        loaderData.notice === 'signed-out' ? (
          <NotificationBanner tone="success" title={t('signOut.done')} />
        ) : loaderData.notice === 'reset' ? (
          <NotificationBanner tone="success" title={t('reset.done.title')}>
            {t('reset.done.body')}
          </NotificationBanner>
        ) : loaderData.notice === 'link-second-step' ? (
          <NotificationBanner title={t('signIn.linkSecondStep.title')}>
            {t('signIn.linkSecondStep.body')}
          </NotificationBanner>
        ) : loaderData.invitation ? (
          <NotificationBanner title={t(`signIn.invitation.${loaderData.invitation}`)}>
            {t('signIn.invitation.body')}
          </NotificationBanner>
        ) : null
      }
    >
      <AccountForm submit={t('signIn.submit')} hidden={{ next: failed.value('next', loaderData.next) ?? '' }}>
        <EmailField failed={failed} autoComplete="username webauthn" />
        <PasswordField failed={failed} kind="current" />
      </AccountForm>
      <ul className="list">
        <li>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </li>
        <li>
          <Link to="/sign-in/email-link">{t('signIn.magicLink')}</Link>
        </li>
        <li>
          {t('signIn.noAccount')}{' '}
          <Link to={loaderData.next ? `/sign-up?next=${encodeURIComponent(loaderData.next)}` : '/sign-up'}>
            {t('layout.nav.signUp')}
          </Link>
        </li>
      </ul>
      <PasskeySignIn next={loaderData.next || '/signed-in'} />
    </AccountPage>
  )
}
