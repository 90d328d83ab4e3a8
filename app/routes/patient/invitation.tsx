import { data, Form, redirect } from 'react-router'
import { Button } from '#app/components/ui/button.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { useT } from '#app/lib/i18n.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { requireUser } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { refusalEntry } from '#app/forms/refusals.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { acceptInvitation, previewInvitation } from '#server/use-cases/cases/members.ts'
import type { Route } from './+types/invitation'

// An invitation link from a patient: the invited person signs in (or creates
// an account) first, then accepts here. The page says who invited them, and
// before any button when this account cannot accept.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  const preview = await previewInvitation(await caseDeps(), viewer, params.token.slice(0, 200))
  if (!preview) return data({ inviter: null, refusal: refusalEntry('invitation.not-found').message }, 404)
  return { inviter: preview.inviter, refusal: preview.refusal && refusalEntry(preview.refusal.code).message }
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  const fields = await readFields(request)
  const result = await acceptInvitation(await caseDeps(), viewer, params.token.slice(0, 200))
  if (!result.ok) return refuse(result.error, fields)
  throw redirect(`/patient/cases/${result.value.caseId}?joined=1`, 303)
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  const { inviter, refusal } = loaderData
  return (
    <div className="two-thirds">
      <PageHeader title={t('invitation.title')} />
      {failed.failed ? (
        <p className="body">{failed.list[0]?.message}</p>
      ) : refusal ? (
        <p className="body">{t(refusal as MessageKey)}</p>
      ) : (
        <>
          {inviter ? <p className="body">{t('invitation.from', { inviter })}</p> : null}
          <p className="body">{t('invitation.body')}</p>
          <Form method="post">
            <Button>{t('invitation.accept')}</Button>
          </Form>
        </>
      )}
    </div>
  )
}
