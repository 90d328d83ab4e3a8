import { Form, redirect } from 'react-router'
import { decideErasure, mayEraseOwnAccount } from '#domain/accounts/erasure.ts'
import { AccountPage } from '#app/components/account-form.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { requireUser } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { eraseAccount } from '#server/use-cases/privacy/erase-account.ts'
import type { Route } from './+types/erase'

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  return { staff: !mayEraseOwnAccount(viewer.role) }
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  const fields = await readFields(request)
  const decided = decideErasure(viewer.role, fields['confirm']?.[0] === 'yes')
  if (!decided.ok) return refuse(decided.error, fields)
  await eraseAccount(await caseDeps(), viewer)
  const response = redirect('/?erased=1', 303)
  for (const name of ['waypoint.session_token', 'waypoint.session_data', '__Secure-waypoint.session_token']) {
    response.headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`)
  }
  return response
}

export default function EraseAccount({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  const error = failed.errorFor('confirm')
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
              error={error}
              selected={[]}
              options={[{ value: 'yes', label: t('erase.confirm') }]}
            />
            <Button variant="warning">{t('erase.submit')}</Button>
          </Form>
        </>
      )}
    </AccountPage>
  )
}
