import { Form } from 'react-router'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { codeSchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, runtime, safeNext } from '#app/request.server.ts'
import { verifyTwoFactorCode } from '#server/use-cases/accounts/two-factor.ts'
import type { Route } from './+types/sign-in-two-factor'

export function loader({ request }: Route.LoaderArgs) {
  return { next: safeNext(new URL(request.url).searchParams.get('next'), '') }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await readForm(request)
  const parsed = parseForm(form, codeSchema)
  if (!parsed.ok) return parsed.response
  const result = await verifyTwoFactorCode(await runtime(), parsed.value.code, request)
  if (!result.ok) return refuse(result.error, parsed.fields)
  return redirectWithCookies(safeNext(parsed.value.next, '/account'), result.value.setCookies)
}

export default function SignInTwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, ['code'])
  return (
    <div className="two-thirds">
      <PageTitle title={t('twoFactor.verify.title')} error={failed.failed} />
      <ErrorSummary errors={failed.list} />
      <h1 className="heading-xl">{t('twoFactor.verify.title')}</h1>
      <p className="body">{t('twoFactor.verify.lede')}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="next" value={failed.value('next') ?? loaderData.next} />
        <Field
          id="code"
          name="code"
          label={t('field.code.label')}
          hint={t('field.code.hint')}
          error={failed.errorFor('code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          width="code"
          dir="ltr"
        />
        <Button>{t('twoFactor.verify.submit')}</Button>
      </Form>
    </div>
  )
}
