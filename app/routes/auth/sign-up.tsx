import { Link, redirect } from 'react-router'
import { AccountForm, AccountPage, EmailField, PasswordField } from '#app/components/account-form.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { signUpSchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { localeOf, runtime, safeNext, viewerOf } from '#app/request.server.ts'
import { signUp } from '#server/use-cases/accounts/sign-up.ts'
import { invitationKindOf } from '#domain/accounts/invitation-next.ts'
import type { Route } from './+types/sign-up'

export const PENDING_EMAIL_COOKIE = 'waypoint_pending'

export async function loader({ request }: Route.LoaderArgs) {
  const next = safeNext(new URL(request.url).searchParams.get('next'), '')
  if (await viewerOf(request)) throw redirect(next || '/signed-in')
  // Where the person was going ("List your clinic"): the confirmation link leads back there.
  return { next, invitation: invitationKindOf(next) }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await readForm(request)
  const parsed = parseForm(form, signUpSchema, { secret: ['password'] })
  if (!parsed.ok) return parsed.response
  const { name, email, password } = parsed.value
  const next = safeNext(parsed.value.next, '')
  const result = await signUp(
    await runtime(),
    { name, email, password, locale: localeOf(request), next: next || null },
    request,
  )
  if (!result.ok) {
    // better-auth's own password rules are looser than ours, so this is a backstop.
    return refuse(result.error, parsed.fields, { secret: ['password'] })
  }
  const response = redirect('/sign-up/check-email', 303)
  response.headers.append(
    'Set-Cookie',
    `${PENDING_EMAIL_COOKIE}=${encodeURIComponent(email)}; Path=/sign-up; Max-Age=3600; HttpOnly; SameSite=Lax`,
  )
  return response
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['name', 'email', 'password'])
  return (
    <AccountPage
      title={t('signUp.title')}
      failed={failed}
      lede={t(loaderData.invitation ? `signUp.lede.${loaderData.invitation}` : 'signUp.lede')}
    >
      <AccountForm submit={t('signUp.submit')} hidden={{ next: failed.value('next', loaderData.next) ?? '' }}>
        <Field
          id="name"
          name="name"
          label={t('field.name.label')}
          hint={t('field.name.hint')}
          error={failed.errorFor('name')}
          defaultValue={failed.value('name')}
          autoComplete="name"
          dir="auto"
        />
        <EmailField failed={failed} hint={t('field.email.hint')} />
        <PasswordField failed={failed} kind="new" />
      </AccountForm>
      {loaderData.invitation ? null : <p className="body">{t('signUp.caregiverNote')}</p>}
      <p className="body">
        {t('signUp.haveAccount')}{' '}
        <Link to={loaderData.next ? `/sign-in?next=${encodeURIComponent(loaderData.next)}` : '/sign-in'}>
          {t('layout.nav.signIn')}
        </Link>
      </p>
    </AccountPage>
  )
}
