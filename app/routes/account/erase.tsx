import { Form, redirect } from 'react-router'
import { mayEraseOwnAccount } from '#domain/accounts/erasure.ts'
import { AccountPage, PasswordField } from '#app/components/account-form.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { eraseAccountSchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireUser, runtime } from '#app/request.server.ts'
import { eraseOwnAccount } from '#server/use-cases/privacy/erase-own-account.ts'
import type { Route } from './+types/erase'

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  return { staff: !mayEraseOwnAccount(viewer.role) }
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  const secret = ['password']
  const parsed = parseForm(await readForm(request), eraseAccountSchema, { secret })
  if (!parsed.ok) return parsed.response
  const erased = await eraseOwnAccount(
    await runtime(),
    viewer,
    { confirmed: true, password: parsed.value.password },
    request,
  )
  if (!erased.ok) return refuse(erased.error, parsed.fields, { secret })
  const response = redirect('/?erased=1', 303)
  for (const name of ['waypoint.session_token', 'waypoint.session_data', '__Secure-waypoint.session_token']) {
    response.headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`)
  }
  return response
}

export default function EraseAccount({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['confirm', 'password'])
  return (
    <AccountPage title={t('erase.title')} failed={failed}>
      {loaderData.staff ? (
        <p className="body">{t('erase.staff')}</p>
      ) : (
        <>
          <p className="body">{t('erase.what')}</p>
          <p className="body">{t('erase.others')}</p>
          <p className="body">{t('erase.kept')}</p>
          <p className="body">{t('erase.exportFirst')}</p>
          <Form method="post" noValidate>
            <Choices
              type="checkbox"
              name="confirm"
              id="confirm"
              legend={t('erase.legend')}
              error={failed.errorFor('confirm')}
              selected={failed.values('confirm')}
              options={[{ value: 'yes', label: t('erase.confirm') }]}
            />
            <PasswordField failed={failed} kind="current" label={t('erase.password')} />
            <Button variant="warning">{t('erase.submit')}</Button>
          </Form>
        </>
      )}
    </AccountPage>
  )
}
