import { Form, Link, data, redirect } from 'react-router'
import { z } from 'zod'
import { clinicRoles, type ClinicRole } from '#domain/clinics/clinic-roles.ts'
import { formatDate } from '#domain/i18n/format.ts'
import { parseProviderId } from '#domain/shared/ids.ts'
import { EmailField } from '#app/components/patterns/email-field.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { AskFirst } from '#app/components/patterns/ask-first.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { fieldsOf, parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { localeOf, requireArea } from '#app/request.server.ts'
import {
  clinicTeam,
  changeTeamRole,
  inviteToTeam,
  recordRegistration,
  removeFromTeam,
  revokeTeamInvitation,
} from '#server/use-cases/staff/clinic-team.ts'
import type { Route } from './+types/team'

// A clinic's team: every member sees who is on it; its administrators invite
// people by email, withdraw invitations and remove members (issue 15).
const inviteSchema = z.object({
  email: z.email({ error: 'team.error.email' }).max(254, { error: 'team.error.email' }),
  role: z.enum(clinicRoles, { error: 'team.error.role' }),
})

// Its own field name: the invitation form on the same page has a `role` too.
const roleSchema = z.object({ newRole: z.enum(clinicRoles, { error: 'team.error.role' }) })

const doneCodes = ['invited', 'revoked', 'removed', 'registered', 'role-changed', 'role-unchanged'] as const

async function clinicOf(request: Request, providerIdParam: string | undefined) {
  const viewer = await requireArea(request, 'clinic')
  const providerId = parseProviderId(providerIdParam)
  return { viewer, providerId }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, providerId } = await clinicOf(request, params.providerId)
  const team = providerId ? await clinicTeam(await caseDeps(), viewer.id, providerId) : null
  if (!team) throw data(null, { status: 404 })
  const url = new URL(request.url)
  const done = url.searchParams.get('done')
  return {
    team,
    me: viewer.id,
    // The member whose removal is being asked about, only if they are on this team.
    removing: team.manages
      ? (team.members.find((m) => m.userId === url.searchParams.get('remove')) ?? null)
      : null,
    // The member whose role is being changed, likewise.
    changing: team.manages
      ? (team.members.find((m) => m.userId === url.searchParams.get('role')) ?? null)
      : null,
    // Only codes this page knows are shown, never text from the address bar.
    done: doneCodes.find((c) => c === done) ?? null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { viewer, providerId } = await clinicOf(request, params.providerId)
  if (!providerId) throw data(null, { status: 404 })
  const form = await readForm(request)
  const deps = await caseDeps()
  // A person who is not on this clinic's team finds nothing here.
  if (!(await clinicTeam(deps, viewer.id, providerId))) throw data(null, { status: 404 })
  const back = (done: (typeof doneCodes)[number]) => redirect(`/clinic/teams/${providerId}?done=${done}`, 303)
  switch (form.get('intent')) {
    case 'revoke': {
      const revoked = await revokeTeamInvitation(
        deps,
        viewer.id,
        providerId,
        String(form.get('invitation') ?? ''),
      )
      if (!revoked.ok) return refuse(revoked.error)
      throw back('revoked')
    }
    case 'role': {
      const fields = fieldsOf(form)
      const member = fields['member']?.[0] ?? ''
      const parsed = parseForm(form, roleSchema)
      if (!parsed.ok) return parsed.response
      const changed = await changeTeamRole(deps, viewer.id, providerId, member, parsed.value.newRole)
      if (!changed.ok) return refuse(changed.error, fields, { field: 'newRole' })
      // The role it already had: said, so a press that changed nothing is not taken for a lost one.
      if (!changed.value.changed) throw back('role-unchanged')
      throw back('role-changed')
    }
    case 'registration': {
      const fields = fieldsOf(form)
      const one = (name: string) => fields[name]?.[0] ?? ''
      const recorded = await recordRegistration(deps, viewer.id, providerId, one('member'), {
        number: one('registrationNumber'),
        council: one('registrationCouncil'),
      })
      if (!recorded.ok) return refuse(recorded.error, fields)
      throw back('registered')
    }
    case 'remove': {
      const member = String(form.get('member') ?? '')
      // Removing someone ends their access at once: it is asked first, and only a confirmed one is done.
      if (form.get('confirm') !== 'yes')
        throw redirect(`/clinic/teams/${providerId}?remove=${encodeURIComponent(member)}#remove-member`, 303)
      const removed = await removeFromTeam(deps, viewer.id, providerId, String(form.get('member') ?? ''))
      if (!removed.ok) return refuse(removed.error)
      throw back('removed')
    }
    default: {
      const parsed = parseForm(form, inviteSchema)
      if (!parsed.ok) return parsed.response
      const invited = await inviteToTeam(deps, viewer.id, providerId, {
        ...parsed.value,
        locale: localeOf(request),
      })
      if (!invited.ok) return refuse(invited.error, parsed.fields)
      throw back('invited')
    }
  }
}

export default function ClinicTeam({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData, [
    'newRole',
    'email',
    'role',
    'registrationNumber',
    'registrationCouncil',
  ])
  const { team } = loaderData
  const roleName = (role: ClinicRole) => t(`team.role.${role}`)
  // An administrator taking themself off the team is asked in the first person.
  const self = loaderData.removing?.userId === loaderData.me
  return (
    <>
      <div className="two-thirds">
        <PageHeader
          title={t('team.title')}
          back={{ to: '/clinic', label: t('clinic.title') }}
          failure={failed}
          lede={t('team.lede', { clinic: team.name })}
        />
        {/* A refused post stays on the same address: the last success is no longer news. */}
        {loaderData.done && !failed.failed ? (
          <NotificationBanner title={t(`team.done.${loaderData.done}`)} />
        ) : null}
      </div>
      {loaderData.removing ? (
        <AskFirst
          id="remove-member"
          question={
            self
              ? t('team.remove.questionSelf', { clinic: team.name })
              : t('team.remove.question', { name: loaderData.removing.name, clinic: team.name })
          }
          fields={{ intent: 'remove', member: loaderData.removing.userId }}
          yes={t(self ? 'team.remove.yesSelf' : 'team.remove.yes')}
          no={t(self ? 'team.remove.noSelf' : 'team.remove.no')}
        >
          <p className="body">{t(self ? 'team.remove.consequenceSelf' : 'team.remove.consequence')}</p>
        </AskFirst>
      ) : null}
      {loaderData.changing ? (
        <div className="inset-text two-thirds" id="change-role" role="group" aria-labelledby="change-role-q">
          <h2 className="heading-m" id="change-role-q" tabIndex={-1} data-navigation-focus="">
            {t('team.changeRole.title', { name: loaderData.changing.name })}
          </h2>
          <p className="body">{t('team.changeRole.lede')}</p>
          {loaderData.changing.registrationNumber ? (
            // Another role clears it (the store's setTeamRole): said before, not found after.
            <div className="warning-box">
              <p className="body">
                {t('team.changeRole.registration', { number: loaderData.changing.registrationNumber })}
              </p>
            </div>
          ) : null}
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="role" />
            <input type="hidden" name="member" value={loaderData.changing.userId} />
            <SelectField
              name="newRole"
              label={t('team.changeRole.label')}
              options={clinicRoles.map((r) => ({ value: r, label: roleName(r) }))}
              value={failed.value('newRole') ?? loaderData.changing.role}
              error={failed.errorFor('newRole')}
            />
            <Button>{t('team.changeRole.save')}</Button>
          </Form>
          <Link to="?">{t('team.changeRole.cancel')}</Link>
        </div>
      ) : null}
      <Table
        caption={t('team.members')}
        rows={team.members}
        columns={[
          {
            header: t('account.name'),
            cell: (m) => (m.userId === loaderData.me ? `${m.name} (${t('team.you')})` : m.name),
          },
          { header: t('people.col.email'), dir: 'ltr', cell: (m) => m.email },
          { header: t('people.col.role'), cell: (m) => roleName(m.role) },
          {
            header: t('team.registration'),
            cell: (m) =>
              m.role !== 'treating-doctor'
                ? ''
                : m.registrationNumber
                  ? t('team.registration.value', {
                      number: m.registrationNumber,
                      council: m.registrationCouncil ?? '',
                    })
                  : t('team.registration.none'),
          },
          ...(team.manages
            ? [
                {
                  header: t('people.col.actions'),
                  cell: (m: (typeof team.members)[number]) => (
                    <ul className="list">
                      <li>
                        <Link to={`?role=${encodeURIComponent(m.userId)}#change-role`}>
                          {t('team.changeRoleShort')}
                          <span className="visually-hidden"> {m.name}</span>
                        </Link>
                      </li>
                      <li>
                        <Link to={`?remove=${encodeURIComponent(m.userId)}#remove-member`}>
                          {t('team.removeShort')}
                          <span className="visually-hidden"> {m.name}</span>
                        </Link>
                      </li>
                    </ul>
                  ),
                },
              ]
            : []),
        ]}
      />
      <div className="two-thirds">
        {team.manages ? (
          <>
            {team.invitations.length > 0 ? (
              <Section id="invitations" title={t('team.invitations')} className="section">
                <ul className="list">
                  {team.invitations.map((i) => (
                    <li key={i.id}>
                      <p className="body">
                        {t('team.invitation.until', {
                          email: i.email,
                          role: roleName(i.role),
                          date: formatDate(locale, new Date(i.expiresAt)),
                        })}
                      </p>
                      <PostButton
                        fields={{ intent: 'revoke', invitation: i.id }}
                        // The address is read out, not drawn: it is written just above, and a
                        // long one in the button made a 320 px screen scroll sideways.
                        label={t('team.invitation.revokeShort')}
                        context={i.email}
                      />
                    </li>
                  ))}
                </ul>
              </Section>
            ) : null}
            {team.members.some((m) => m.role === 'treating-doctor') ? (
              <Section id="registrations" title={t('team.registrations')} className="section">
                <p className="body">{t('team.registrations.lede')}</p>
                {team.members
                  .filter((m) => m.role === 'treating-doctor')
                  .map((m, i) => {
                    // The form that was refused keeps the plain ids the error summary links to.
                    const refused = failed.value('member') === m.userId
                    const id = (name: string) => (refused ? name : `${name}-${i}`)
                    return (
                      <Form method="post" noValidate key={m.userId} aria-labelledby={`reg-${i}`}>
                        <h3 className="heading-s" id={`reg-${i}`}>
                          {m.name}
                        </h3>
                        <input type="hidden" name="intent" value="registration" />
                        <input type="hidden" name="member" value={m.userId} />
                        <Field
                          name="registrationNumber"
                          id={id('registrationNumber')}
                          label={t('team.registration.number')}
                          error={refused ? failed.errorFor('registrationNumber') : undefined}
                          defaultValue={
                            refused ? failed.value('registrationNumber') : (m.registrationNumber ?? undefined)
                          }
                          width="half"
                          autoComplete="off"
                        />
                        <Field
                          name="registrationCouncil"
                          id={id('registrationCouncil')}
                          label={t('team.registration.council')}
                          hint={t('team.registration.councilHint')}
                          error={refused ? failed.errorFor('registrationCouncil') : undefined}
                          defaultValue={
                            refused
                              ? failed.value('registrationCouncil')
                              : (m.registrationCouncil ?? undefined)
                          }
                          autoComplete="off"
                        />
                        <Button variant="secondary">{t('team.registration.save', { name: m.name })}</Button>
                      </Form>
                    )
                  })}
              </Section>
            ) : null}
            <Form method="post" noValidate>
              <h2 className="heading-m">{t('team.invite.title')}</h2>
              <EmailField
                label={t('team.invite.email')}
                error={failed.errorFor('email')}
                defaultValue={failed.value('email')}
                autoComplete="off"
              />
              <SelectField
                name="role"
                label={t('team.invite.role')}
                options={clinicRoles.map((r) => ({ value: r, label: roleName(r) }))}
                value={failed.value('role') ?? 'international-desk'}
                error={failed.errorFor('role')}
              />
              <Button>{t('team.invite.submit')}</Button>
            </Form>
          </>
        ) : (
          <p className="body">{t('team.readOnly')}</p>
        )}
      </div>
    </>
  )
}
