import { Form, data, redirect } from 'react-router'
import { formatDateTime } from '#domain/i18n/format.ts'
import { zoneName } from '#domain/intake/time-zones.ts'
import { linkLifetimes } from '#domain/home-doctor/home-doctor-link.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { AskFirst } from '#app/components/patterns/ask-first.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { clearFlashCookie, flashCookie, readFlash } from '#app/forms/flash.server.ts'
import type { Route } from './+types/home-doctor'

// The home doctor's link (issue 17, ADR 0066): the patient, or their
// representative, makes a link for their doctor with an expiry, sees every
// access through it, and revokes it. A new link's address is shown once, on
// the page after the post, through the case's sealed note (never the URL).
type NewLinkNote = { created?: { url: string; doctor: string }; revoked?: boolean }

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const noteToken = readFlash(request)
  const note = handle.openNote<NewLinkNote>(noteToken) ?? {}
  const links = await handle.homeDoctorLinks()
  // A revoke posted without its "yes" comes back here to be asked first.
  const asked = new URL(request.url).searchParams.get('revoke')
  const toRevoke = handle.member.mayManage
    ? links.find((l) => l.id === asked && l.standing === 'live')
    : undefined
  const body = {
    caseId: handle.case.id,
    canManage: handle.member.mayManage,
    // Times read in the family's zone, and say which it is.
    timeZone: handle.timeZone(),
    created: note.created ?? null,
    revoked: note.revoked === true,
    confirmRevoke: toRevoke ? { id: toRevoke.id, doctor: toRevoke.doctor } : null,
    links: links.map((l) => ({
      ...l,
      createdAt: l.createdAt.toISOString(),
      expiresAt: l.expiresAt.toISOString(),
      revokedAt: l.revokedAt?.toISOString() ?? null,
      accesses: l.accesses.map((a) => ({ at: a.at.toISOString(), view: a.view })),
    })),
  }
  return data(body, {
    headers: {
      'Cache-Control': 'no-store',
      ...(noteToken ? { 'Set-Cookie': clearFlashCookie(request, casePath(handle.case.id)) } : {}),
    },
  })
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? null
  const withNote = (note: NewLinkNote) => {
    const response = redirect(casePath(handle.case.id, 'home-doctor'), 303)
    response.headers.append(
      'Set-Cookie',
      flashCookie(request, casePath(handle.case.id), handle.sealNote(note)),
    )
    return response
  }
  if (one('intent') === 'revoke') {
    const link = String(one('link') ?? '').slice(0, 64)
    // The doctor loses the summary at once: asked first, by name.
    if (one('confirm') !== 'yes')
      throw redirect(
        `${casePath(handle.case.id, 'home-doctor')}?revoke=${encodeURIComponent(link)}#revoke-link`,
        303,
      )
    const revoked = await handle.revokeHomeDoctorLink(link)
    if (!revoked.ok) return refuse(revoked.error, fields)
    throw withNote({ revoked: true })
  }
  const created = await handle.createHomeDoctorLink({ doctor: one('doctor'), days: one('days') })
  if (!created.ok) return refuse(created.error, fields)
  throw withNote({ created: { url: created.value.url, doctor: (one('doctor') ?? '').trim() } })
}

export default function HomeDoctorLinksPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData, ['doctor', 'days', 'form'])
  const when = (iso: string) =>
    t('time.inZone', {
      time: formatDateTime(locale, new Date(iso), d.timeZone),
      zone: zoneName(locale, d.timeZone, new Date(iso)),
    })
  return (
    <CasePage caseId={d.caseId} current="privacy" title={t('homeDoctor.links.title')} failure={failed}>
      {d.created ? (
        <NotificationBanner tone="success" title={t('homeDoctor.links.created', { name: d.created.doctor })}>
          <p className="body">{t('homeDoctor.links.createdOnce')}</p>
          <p className="body">
            <a href={d.created.url} dir="ltr" data-testid="new-link" className="link break-word">
              {d.created.url}
            </a>
          </p>
        </NotificationBanner>
      ) : null}
      {d.revoked ? <NotificationBanner title={t('homeDoctor.links.revokedBanner')} /> : null}
      {d.confirmRevoke ? (
        <AskFirst
          id="revoke-link"
          question={t('homeDoctor.confirmRevoke.title', { name: d.confirmRevoke.doctor })}
          fields={{ intent: 'revoke', link: d.confirmRevoke.id }}
          yes={t('homeDoctor.confirmRevoke.yes')}
          no={t('homeDoctor.confirmRevoke.cancel')}
          context={d.confirmRevoke.doctor}
        >
          <p className="body">{t('homeDoctor.confirmRevoke.body', { name: d.confirmRevoke.doctor })}</p>
        </AskFirst>
      ) : null}
      <div className="two-thirds">
        <p className="body">{t('homeDoctor.links.lede')}</p>
        <ul className="list list--bullet">
          <li>{t('homeDoctor.links.shows')}</li>
          <li>{t('homeDoctor.links.notShown')}</li>
        </ul>
      </div>
      {d.links.length === 0 ? <p className="body">{t('homeDoctor.links.none')}</p> : null}
      {d.links.map((l) => (
        <Section key={l.id} id={`link-${l.id}`} title={l.doctor} className="summary-card">
          <p className="body" data-testid="link-standing">
            <Tag tone={l.standing === 'live' ? 'green' : 'grey'}>
              {t(`homeDoctor.standing.${l.standing}`)}
            </Tag>{' '}
            {l.standing === 'revoked' && l.revokedAt
              ? t('homeDoctor.links.revokedAt', { date: when(l.revokedAt) })
              : t(l.standing === 'live' ? 'homeDoctor.links.expires' : 'homeDoctor.links.expired', {
                  date: when(l.expiresAt),
                })}
          </p>
          <Table
            caption={t('homeDoctor.links.accesses', { name: l.doctor })}
            empty={t('homeDoctor.links.noAccess')}
            rows={l.accesses}
            columns={[
              { header: t('homeDoctor.links.col.when'), cell: (a) => when(a.at), rowHeader: true },
              { header: t('homeDoctor.links.col.what'), cell: (a) => t(`homeDoctor.view.${a.view}`) },
            ]}
          />
          {d.canManage && l.standing === 'live' ? (
            <PostButton
              fields={{ intent: 'revoke', link: l.id }}
              label={t('homeDoctor.links.revoke')}
              context={l.doctor}
              variant="warning"
            />
          ) : null}
        </Section>
      ))}
      {d.canManage ? (
        <div className="two-thirds">
          <Form method="post" noValidate>
            <h2 className="heading-m">{t('homeDoctor.links.new')}</h2>
            <Field
              name="doctor"
              label={t('homeDoctor.links.doctor')}
              hint={t('homeDoctor.links.doctorHint')}
              error={failed.errorFor('doctor')}
              defaultValue={failed.value('doctor')}
              autoComplete="off"
            />
            <Choices
              type="radio"
              name="days"
              legend={t('homeDoctor.links.days')}
              error={failed.errorFor('days')}
              selected={failed.values('days', ['30'])}
              options={linkLifetimes.map((days) => ({
                value: String(days),
                label: t('homeDoctor.links.daysOption', { days }),
              }))}
            />
            <Button>{t('homeDoctor.links.submit')}</Button>
          </Form>
        </div>
      ) : (
        <p className="body">{t('homeDoctor.links.cannotManage')}</p>
      )}
    </CasePage>
  )
}
