import { AccountForm, AccountPage, PasswordField } from '#app/components/account-form.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { changePasswordSchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, requireUser, runtime } from '#app/request.server.ts'
import { changePassword } from '#server/use-cases/accounts/change-password.ts'
import type { Route } from './+types/password'

// A signed-in person changes their password with the one they have now
// (server/use-cases/accounts/change-password.ts). Neither password ever comes
// back to the form.
export async function loader({ request }: Route.LoaderArgs) {
  await requireUser(request)
  return null
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request)
  const secret = ['password', 'newPassword']
  const parsed = parseForm(await readForm(request), changePasswordSchema, { secret })
  if (!parsed.ok) return parsed.response
  const changed = await changePassword(
    await runtime(),
    user,
    { current: parsed.value.password, next: parsed.value.newPassword },
    request,
  )
  if (!changed.ok) return refuse(changed.error, parsed.fields, { secret })
  return redirectWithCookies('/account?password-changed=1', changed.value.setCookies)
}

export default function ChangePassword({ actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['password', 'newPassword'])
  return (
    <AccountPage title={t('account.password.title')} failed={failed} lede={t('account.password.lede')}>
      <AccountForm submit={t('account.password.submit')}>
        <PasswordField failed={failed} kind="current" label={t('account.password.current')} />
        <Field
          id="newPassword"
          name="newPassword"
          type="password"
          label={t('field.newPassword.label')}
          hint={t('field.password.hint')}
          error={failed.errorFor('newPassword')}
          autoComplete="new-password"
          dir="ltr"
        />
      </AccountForm>
    </AccountPage>
  )
}
