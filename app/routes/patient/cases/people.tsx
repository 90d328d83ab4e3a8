import { data, Form, redirect } from 'react-router'
import { z } from 'zod'
import { mayManageMembers } from '#domain/cases/case-members.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { CaseNav } from '#app/components/case-nav.tsx'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useT } from '#app/lib/i18n.ts'
import { activeMembers } from '#server/use-cases/cases/case-records.ts'
import { inviteCaregiver, revokeMember } from '#server/use-cases/cases/members.ts'
import { formFields, requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/people'

const inviteSchema = z.object({ email: z.string().trim().toLowerCase().max(254).email() })

export async function loader({ request, params }: Route.LoaderArgs) {
  const { rt, found } = await requireMemberCase(request, params.caseId)
  const members = await activeMembers(rt.database.db, found.row.id)
  const url = new URL(request.url)
  return {
    caseId: found.row.id,
    me: found.member.id,
    canManage: mayManageMembers(found.member.role),
    members: members.map((m) => ({ id: m.id, email: m.email, role: m.role, status: m.status })),
    invited: url.searchParams.get('invited') === '1',
    revoked: url.searchParams.get('revoked') === '1',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { rt, viewer, found } = await requireMemberCase(request, params.caseId)
  const fields = formFields(await request.formData())
  const base = `/patient/cases/${found.row.id}/people`
  if (fields['intent']?.[0] === 'revoke') {
    const ok = await revokeMember(rt, viewer, found, fields['member']?.[0] ?? '')
    if (!ok) throw data(null, { status: 404 })
    throw redirect(`${base}?revoked=1`, 303)
  }
  const email = fields['email']?.[0] ?? ''
  const parsed = inviteSchema.safeParse({ email })
  if (!parsed.success) return data({ email, error: 'error.email.invalid' as MessageKey }, { status: 400 })
  const result = await inviteCaregiver(rt, viewer, found, parsed.data.email)
  if (!result.ok) {
    if (result.error.code === 'members.not-allowed') throw data(null, { status: 404 })
    return data({ email, error: 'people.error.already' as MessageKey }, { status: 400 })
  }
  throw redirect(`${base}?invited=1`, 303)
}

export default function PeoplePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const error = actionData?.error ? t(actionData.error) : undefined
  return (
    <div>
      <PageTitle title={t('people.title')} error={Boolean(error)} />
      <ErrorSummary errors={error ? [{ fieldId: 'email', message: error }] : []} />
      <h1 className="heading-xl">{t('people.title')}</h1>
      <CaseNav caseId={loaderData.caseId} current="people" />
      {loaderData.invited ? <NotificationBanner title={t('people.invited')} /> : null}
      {loaderData.revoked ? <NotificationBanner title={t('people.revokedBanner')} /> : null}
      <div className="two-thirds">
        <p className="body">{t('people.lede')}</p>
        <table className="table">
          <caption className="visually-hidden">{t('people.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.col.email')}</th>
              <th scope="col">{t('people.col.role')}</th>
              <th scope="col">{t('people.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.members.map((m) => (
              <tr key={m.id}>
                <td dir="ltr">{m.email}</td>
                <td>
                  {t(`people.role.${m.role}` as MessageKey)}{' '}
                  {m.status === 'invited' ? <Tag tone="yellow">{t('people.status.invited')}</Tag> : null}
                </td>
                <td>
                  {loaderData.canManage && m.role === 'caregiver' && m.id !== loaderData.me ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="member" value={m.id} />
                      <Button variant="link">
                        {t('people.revoke')}
                        <span className="visually-hidden"> {m.email}</span>
                      </Button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {loaderData.canManage ? (
          <Form method="post" noValidate>
            <h2 className="heading-m">{t('people.invite.title')}</h2>
            <Field
              id="email"
              name="email"
              type="email"
              label={t('people.invite.email')}
              hint={t('people.invite.hint')}
              error={error}
              defaultValue={actionData?.email}
              autoComplete="off"
              dir="ltr"
            />
            <Button>{t('people.invite.submit')}</Button>
          </Form>
        ) : (
          <p className="body">{t('people.cannotManage')}</p>
        )}
      </div>
    </div>
  )
}
