import { Form, redirect } from 'react-router'
import { Button } from '#app/components/ui/button.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { useT } from '#app/lib/i18n.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { requireUser } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { acceptTeamInvitation } from '#server/use-cases/staff/clinic-team.ts'
import type { Route } from './+types/team-invitation'

// A link from a clinic administrator: the invited person signs in (or creates
// an account with the invited address) first, then accepts here.
export async function loader({ request }: Route.LoaderArgs) {
  await requireUser(request)
  return null
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  const fields = await readFields(request)
  const accepted = await acceptTeamInvitation(await caseDeps(), viewer.id, params.token.slice(0, 200))
  if (!accepted.ok) return refuse(accepted.error, fields)
  // The clinic area asks a new staff member to set up two-step sign-in before anything else.
  throw redirect(`/clinic/teams/${accepted.value.providerId}`, 303)
}

export default function TeamInvitation({ actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  return (
    <div className="two-thirds">
      <PageHeader title={t('teamInvitation.title')} />
      {failed.failed ? (
        <p className="body">{failed.list[0]?.message}</p>
      ) : (
        <>
          <p className="body">{t('teamInvitation.body')}</p>
          <Form method="post">
            <Button>{t('teamInvitation.accept')}</Button>
          </Form>
        </>
      )}
    </div>
  )
}
