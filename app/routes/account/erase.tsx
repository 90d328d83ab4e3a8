import { data, Form, redirect } from 'react-router'
import { Choices } from '#app/components/patterns/choices.tsx'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireUser, runtime } from '#app/request.server.ts'
import { eraseAccount } from '#server/use-cases/privacy/erase-account.ts'
import type { Route } from './+types/erase'

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  return { staff: viewer.role !== 'patient' && viewer.role !== 'caregiver' }
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  // Staff accounts are closed by an administrator, so their audit trail stays attributable.
  if (viewer.role !== 'patient' && viewer.role !== 'caregiver') throw data(null, { status: 404 })
  const form = await request.formData()
  if (form.get('confirm') !== 'yes') return data({ error: true }, { status: 400 })
  await eraseAccount(await runtime(), viewer)
  const response = redirect('/?erased=1', 303)
  for (const name of ['waypoint.session_token', 'waypoint.session_data', '__Secure-waypoint.session_token']) {
    response.headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`)
  }
  return response
}

export default function EraseAccount({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const error = actionData?.error ? t('erase.error') : undefined
  return (
    <div className="two-thirds">
      <PageTitle title={t('erase.title')} error={Boolean(error)} />
      <ErrorSummary errors={error ? [{ fieldId: 'confirm', message: error }] : []} />
      <h1 className="heading-xl">{t('erase.title')}</h1>
      {loaderData.staff ? (
        <p className="body">{t('erase.staff')}</p>
      ) : (
        <>
          <p className="body">{t('erase.what')}</p>
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
    </div>
  )
}
