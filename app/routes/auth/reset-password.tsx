import { Form, Link, redirect } from 'react-router'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
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
      <div className="two-thirds">
        <PageTitle title={t('reset.title')} />
        <h1 className="heading-xl">{t('reset.title')}</h1>
        <p className="body">{t('error.reset.invalidLink')}</p>
        <p className="body">
          <Link to="/forgot-password">{t('forgot.title')}</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="two-thirds">
      <PageTitle title={t('reset.title')} error={failed.failed} />
      <ErrorSummary errors={failed.list} />
      <h1 className="heading-xl">{t('reset.title')}</h1>
      <Form method="post" noValidate>
        <input type="hidden" name="token" value={token} />
        <Field
          id="password"
          name="password"
          type="password"
          label={t('field.newPassword.label')}
          hint={t('field.password.hint')}
          error={failed.errorFor('password')}
          autoComplete="new-password"
          dir="ltr"
        />
        <Button>{t('reset.submit')}</Button>
      </Form>
    </div>
  )
}
