import { data, Form, Link, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { Button } from '#app/components/ui/button.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { formatList } from '#domain/i18n/format.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { requireUser } from '#app/request.server.ts'
import { caseDeps } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { refusalEntry } from '#app/forms/refusals.ts'
import { acceptTeamInvitation, previewTeamInvitation } from '#server/use-cases/staff/clinic-team.ts'
import type { Route } from './+types/team-invitation'

// A link from a clinic administrator: the invited person signs in (or creates
// an account with the invited address) first, then accepts here. The page
// names the clinic and the role, and says before any button is pressed when
// this account cannot accept.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  const preview = await previewTeamInvitation(await caseDeps(), viewer.id, params.token.slice(0, 200))
  if (!preview)
    return data({ invitation: null, otherClinics: [], refusal: refusalEntry('team.not-found').message }, 404)
  // A link forwarded to someone else does not tell them which clinic it is for.
  const forSomeoneElse = preview.refusal?.code === 'team.wrong-account'
  return {
    invitation: forSomeoneElse ? null : { clinic: preview.clinic, role: preview.role },
    otherClinics: preview.otherClinics,
    refusal: preview.refusal ? refusalEntry(preview.refusal.code).message : null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  const fields = await readFields(request)
  const accepted = await acceptTeamInvitation(await caseDeps(), viewer.id, params.token.slice(0, 200))
  if (!accepted.ok) return refuse(accepted.error, fields)
  // The clinic area asks a new staff member to set up two-step sign-in before anything else.
  throw redirect(`/clinic/teams/${accepted.value.providerId}`, 303)
}

export default function TeamInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData)
  const { invitation, refusal } = loaderData
  return (
    <div className="two-thirds">
      <PageHeader
        title={
          invitation ? t('teamInvitation.titleOf', { clinic: invitation.clinic }) : t('teamInvitation.title')
        }
      />
      {failed.failed || refusal ? (
        <>
          <p className="body">{failed.failed ? failed.list[0]?.message : t(refusal as MessageKey)}</p>
          {/* Not a dead end: back to where this account's work is. */}
          <p className="body">
            <Link to="/signed-in">{t('teamInvitation.home')}</Link>
          </p>
        </>
      ) : invitation ? (
        <>
          <p className="body">
            {t('teamInvitation.offer', {
              clinic: invitation.clinic,
              clinicRole: t(`team.role.${invitation.role}` as MessageKey),
            })}
          </p>
          <p className="body">{t('teamInvitation.body')}</p>
          {loaderData.otherClinics.length > 0 ? (
            <p className="body" data-testid="other-clinics">
              {t('teamInvitation.otherClinics', {
                clinics: formatList(locale, loaderData.otherClinics),
                clinic: invitation.clinic,
              })}
            </p>
          ) : null}
          <Form method="post">
            <Button>{t('teamInvitation.accept')}</Button>
          </Form>
        </>
      ) : null}
    </div>
  )
}
