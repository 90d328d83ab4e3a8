import { Form } from 'react-router'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { codeSchema } from '#app/forms/account-forms.ts'
import { parseForm, refusal } from '#app/forms/parse-form.server.ts'
import { formErrors } from '#app/lib/form-result.ts'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, runtime, safeNext } from '#app/request.server.ts'
import { verifyTwoFactorCode } from '#server/use-cases/accounts/two-factor.ts'
import type { Route } from './+types/sign-in-two-factor'

export function loader({ request }: Route.LoaderArgs) {
  return { next: safeNext(new URL(request.url).searchParams.get('next'), '') }
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const parsed = parseForm(form, codeSchema)
  if (!parsed.ok) return parsed.response
  const result = await verifyTwoFactorCode(await runtime(), parsed.value.code, request)
  if (!result.ok)
    return refusal({ next: parsed.value.next ?? '' }, 'code', 'error.code.wrong', undefined, 401)
  return redirectWithCookies(safeNext(parsed.value.next, '/account'), result.value.setCookies)
}

export default function SignInTwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { list, byField } = formErrors(actionData, t, ['code'])
  return (
    <div className="two-thirds">
      <PageTitle title={t('twoFactor.verify.title')} error={list.length > 0} />
      <ErrorSummary errors={list} />
      <h1 className="heading-xl">{t('twoFactor.verify.title')}</h1>
      <p className="body">{t('twoFactor.verify.lede')}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="next" value={actionData?.values.next ?? loaderData.next} />
        <Field
          id="code"
          name="code"
          label={t('field.code.label')}
          hint={t('field.code.hint')}
          error={byField.code}
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
