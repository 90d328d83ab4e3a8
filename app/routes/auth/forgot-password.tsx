import { EmailLinkForm } from '#app/components/email-link-form.tsx'
import { emailOnlySchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm } from '#app/forms/action.server.ts'
import { runtime } from '#app/request.server.ts'
import { requestPasswordReset } from '#server/use-cases/accounts/password-reset.ts'
import type { Route } from './+types/forgot-password'

export async function action({ request }: Route.ActionArgs) {
  const parsed = parseForm(await readForm(request), emailOnlySchema)
  if (!parsed.ok) return parsed.response
  await requestPasswordReset(await runtime(), parsed.value.email, request)
  return { sentTo: parsed.value.email }
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  return (
    <EmailLinkForm
      actionData={actionData}
      words={{
        title: 'forgot.title',
        lede: 'forgot.lede',
        submit: 'forgot.submit',
        sentTitle: 'forgot.sent.title',
        sentBody: 'forgot.sent.body',
      }}
    />
  )
}
