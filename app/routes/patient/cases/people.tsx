import { Form, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { parseMemberId } from '#domain/shared/ids.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { EmailField } from '#app/components/patterns/email-field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { AskFirst } from '#app/components/patterns/ask-first.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { inviteSchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/people'
import { mayBeRemovedBy } from '#domain/cases/case-members.ts'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const url = new URL(request.url)
  const members = (await handle.members()).map((m) => ({ ...m, removable: mayBeRemovedBy(m, handle.member) }))
  const revoking = members.find((m) => m.id === url.searchParams.get('revoke') && m.removable)
  return {
    caseId: handle.case.id,
    canManage: handle.member.mayManage,
    members,
    invited: url.searchParams.get('invited') === '1',
    revoked: url.searchParams.get('revoked') === '1',
    // The caregiver whose removal is being asked about, only one the viewer may remove.
    revoking: revoking ? { id: revoking.id, email: revoking.email } : null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const form = await readForm(request)
  const base = casePath(handle.case.id, 'people')
  if (form.get('intent') === 'revoke') {
    // Removing someone ends their access at once: it is asked first, and only a confirmed one is done.
    if (form.get('confirm') !== 'yes')
      throw redirect(
        `${base}?revoke=${encodeURIComponent(String(form.get('member') ?? ''))}#revoke-member`,
        303,
      )
    const memberId = parseMemberId(String(form.get('member') ?? ''))
    const revoked = memberId ? await handle.revoke(memberId) : null
    if (!revoked?.ok) return refuse(revoked?.error ?? { code: 'members.not-found' })
    throw redirect(`${base}?revoked=1`, 303)
  }
  const parsed = parseForm(form, inviteSchema)
  if (!parsed.ok) return parsed.response
  const invited = await handle.invite(parsed.value.email)
  if (!invited.ok) return refuse(invited.error, parsed.fields)
  throw redirect(`${base}?invited=1`, 303)
}

export default function PeoplePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  return (
    <CasePage caseId={loaderData.caseId} current="people" title={t('people.title')} failure={failed}>
      {loaderData.invited ? <NotificationBanner title={t('people.invited')} /> : null}
      {loaderData.revoked ? <NotificationBanner title={t('people.revokedBanner')} /> : null}
      {loaderData.revoking ? (
        <AskFirst
          id="revoke-member"
          question={t('people.revoke.question', { email: loaderData.revoking.email })}
          fields={{ intent: 'revoke', member: loaderData.revoking.id }}
          yes={t('people.revoke.yes')}
          no={t('people.revoke.no')}
        >
          <p className="body">{t('people.revoke.consequence')}</p>
        </AskFirst>
      ) : null}
      <div className="two-thirds">
        <p className="body">{t('people.lede')}</p>
        <Table
          caption={t('people.title')}
          rows={loaderData.members}
          columns={[
            { header: t('people.col.email'), dir: 'ltr', cell: (m) => m.email },
            {
              header: t('people.col.role'),
              cell: (m) => (
                <>
                  {t(`people.role.${m.role}` as MessageKey)}{' '}
                  {m.status === 'invited' ? <Tag tone="yellow">{t('people.status.invited')}</Tag> : null}
                </>
              ),
            },
            {
              header: t('people.col.actions'),
              cell: (m) =>
                m.removable ? (
                  <PostButton
                    fields={{ intent: 'revoke', member: m.id }}
                    label={t('people.revoke')}
                    context={m.email}
                  />
                ) : null,
            },
          ]}
        />
        {loaderData.canManage ? (
          <Form method="post" noValidate>
            <h2 className="heading-m">{t('people.invite.title')}</h2>
            <EmailField
              label={t('people.invite.email')}
              hint={t('people.invite.hint')}
              error={failed.errorFor('email')}
              defaultValue={failed.value('email')}
              autoComplete="off"
            />
            <Button>{t('people.invite.submit')}</Button>
          </Form>
        ) : (
          <p className="body">{t('people.cannotManage')}</p>
        )}
      </div>
    </CasePage>
  )
}
