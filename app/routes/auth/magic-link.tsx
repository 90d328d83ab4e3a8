import { EmailLinkForm } from '#app/components/email-link-form.tsx'
import { emailOnlySchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm } from '#app/forms/action.server.ts'
import { runtime } from '#app/request.server.ts'
import { requestMagicLink } from '#server/use-cases/accounts/password-reset.ts'
import type { Route } from './+types/magic-link'

export async function action({ request }: Route.ActionArgs) {
  const parsed = parseForm(await readForm(request), emailOnlySchema)
  if (!parsed.ok) return parsed.response
  await requestMagicLink(await runtime(), parsed.value.email, request)
  return { sentTo: parsed.value.email }
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
