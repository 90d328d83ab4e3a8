import { Link, redirect } from 'react-router'
import { AccountForm, AccountPage, PasswordField } from '#app/components/account-form.tsx'
import { resetPasswordSchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { runtime } from '#app/request.server.ts'
import { resetPassword } from '#server/use-cases/accounts/password-reset.ts'
import type { Route } from './+types/reset-password'

export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const token = url.searchParams.get('token') ?? ''
  return {
    token: /^[A-Za-z0-9_-]{1,500}$/.test(token) ? token : '',
    linkError: url.searchParams.get('error') !== null,
  }
}

export async function action({ request }: Route.ActionArgs) {
  const parsed = parseForm(await readForm(request), resetPasswordSchema, { secret: ['password'] })
  if (!parsed.ok) return parsed.response
  const result = await resetPassword(await runtime(), parsed.value, request)
  if (!result.ok) return refuse(result.error, parsed.fields, { secret: ['password'] })
  return redirect('/sign-in?reset=1', 303)
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['password'])
  const token = failed.value('token') ?? loaderData.token
  if (!token || loaderData.linkError) {
    return (
      <AccountPage title={t('reset.title')} lede={t('error.reset.invalidLink')}>
        <p className="body">
          <Link to="/forgot-password">{t('forgot.title')}</Link>
        </p>
      </AccountPage>
    )
  }
  return (
    <AccountPage title={t('reset.title')} failed={failed}>
      <AccountForm submit={t('reset.submit')} hidden={{ token }}>
        <PasswordField failed={failed} kind="reset" />
      </AccountForm>
    </AccountPage>
  )
}
