import { Form, redirect } from 'react-router'
import { Button } from '#app/components/ui/button.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { useT } from '#app/lib/i18n.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { requireUser } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { acceptInvitation } from '#server/use-cases/cases/members.ts'
import type { Route } from './+types/invitation'

// An invitation link from a patient: the invited person signs in (or creates
// an account) first, then accepts here.
export async function loader({ request }: Route.LoaderArgs) {
  await requireUser(request)
  return null
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  const fields = await readFields(request)
  const result = await acceptInvitation(await caseDeps(), viewer, params.token.slice(0, 200))
  if (!result.ok) return refuse(result.error, fields)
  throw redirect(`/patient/cases/${result.value.caseId}`, 303)
}

export default function Invitation({ actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  return (
    <div className="two-thirds">
      <PageHeader title={t('invitation.title')} />
      {failed.failed ? (
        <p className="body">{failed.list[0]?.message}</p>
      ) : (
        <>
          <p className="body">{t('invitation.body')}</p>
          <Form method="post">
            <Button>{t('invitation.accept')}</Button>
          </Form>
        </>
      )}
    </div>
  )
}
