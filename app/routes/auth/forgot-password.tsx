import { Form } from 'react-router'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { emailOnlySchema } from '#app/forms/account-forms.ts'
import { parseForm } from '#app/forms/parse-form.server.ts'
import { formErrors, type FormResult } from '#app/lib/form-result.ts'
import { useT } from '#app/lib/i18n.ts'
import { runtime } from '#app/request.server.ts'
import { requestPasswordReset } from '#server/use-cases/accounts/password-reset.ts'
import type { Route } from './+types/forgot-password'

export async function action({ request }: Route.ActionArgs) {
  const parsed = parseForm(await request.formData(), emailOnlySchema)
  if (!parsed.ok) return parsed.response
  await requestPasswordReset(await runtime(), parsed.value.email, request)
  return { sentTo: parsed.value.email }
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = actionData && 'errors' in actionData ? (actionData as FormResult) : undefined
  const sentTo = actionData && 'sentTo' in actionData ? actionData.sentTo : null
  const { list, byField } = formErrors(failed, t, ['email'])
  return (
    <div className="two-thirds">
      <PageTitle title={t('forgot.title')} error={list.length > 0} />
      <ErrorSummary errors={list} />
      {sentTo ? (
        <NotificationBanner tone="success" title={t('forgot.sent.title')}>
          {t('forgot.sent.body', { email: sentTo })}
        </NotificationBanner>
      ) : null}
      <h1 className="heading-xl">{t('forgot.title')}</h1>
      <p className="body">{t('forgot.lede')}</p>
      <Form method="post" noValidate>
        <Field
          id="email"
          name="email"
          type="email"
          label={t('field.email.label')}
          error={byField.email}
          defaultValue={failed?.values.email ?? sentTo ?? undefined}
          autoComplete="email"
          dir="ltr"
        />
        <Button>{t('forgot.submit')}</Button>
      </Form>
    </div>
  )
}
