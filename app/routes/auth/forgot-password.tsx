import { EmailLinkForm } from '#app/components/email-link-form.tsx'
import { requestPasswordReset } from '#server/use-cases/accounts/password-reset.ts'
import { emailLinkAction } from './email-link.server.ts'
import type { Route } from './+types/forgot-password'

export function action({ request }: Route.ActionArgs) {
  return emailLinkAction(request, requestPasswordReset)
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
