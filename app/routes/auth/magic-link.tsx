import { EmailLinkForm } from '#app/components/email-link-form.tsx'
import { requestMagicLink } from '#server/use-cases/accounts/password-reset.ts'
import { emailLinkAction } from './email-link.server.ts'
import type { Route } from './+types/magic-link'

export function action({ request }: Route.ActionArgs) {
  return emailLinkAction(request, requestMagicLink)
}

export default function MagicLink({ actionData }: Route.ComponentProps) {
  return (
    <EmailLinkForm
      actionData={actionData}
      words={{
        title: 'magicLink.title',
        lede: 'magicLink.lede',
        submit: 'magicLink.submit',
        sentTitle: 'magicLink.sent.title',
        sentBody: 'magicLink.sent.body',
      }}
    />
  )
}
