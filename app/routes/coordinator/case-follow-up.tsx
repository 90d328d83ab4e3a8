import { savedNotice } from '#app/forms/check-in.server.ts'
import { Form, redirect } from 'react-router'
import { CheckInLink, FollowUpPlan } from '#app/components/follow-up.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/case-follow-up'

// The coordinator's follow-up page (ADR 0065): the plan, a flag when a visit
// was missed, moving visits (audited), and recording a check-in by phone.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const draft = await handle.checkInDraft()
  const saved = new URL(request.url).searchParams.get('saved')
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    followUp: await handle.followUp(),
    started: draft.ok && Object.keys(draft.value.draft).length > 0,
    saved: saved === 'adjusted' ? ('followUp.saved.adjusted' as const) : savedNotice(saved, 'coordinator'),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const fields = await readFields(request)
  const moved: Record<number, string> = {}
  for (const [name, values] of Object.entries(fields)) {
    const months = /^due-(\d{1,3})$/.exec(name)?.[1]
    if (months && values[0]) moved[Number(months)] = values[0].trim()
  }
  const done = await handle.adjustFollowUp(moved)
  if (!done.ok) return refuse(done.error, fields)
  throw redirect(`/coordinator/cases/${handle.case.id}/follow-up?saved=adjusted`, 303)
}

export default function CoordinatorFollowUp({ loaderData: d, actionData }: Route.ComponentProps) {
  const t = useT()
  const open = d.followUp.visits.filter((v) => v.status !== 'done' && v.status !== 'cancelled')
  const failed = useFailure(actionData, ['form', ...open.map((v) => `due-${v.monthsAfter}`)])
  return (
    <div>
      <PageHeader
        title={t('followUp.titleFor', { reference: d.reference })}
        back={`/coordinator/cases/${d.caseId}`}
        failure={failed}
      />
      {d.saved ? <NotificationBanner tone="success" title={t(d.saved)} /> : null}
      {d.followUp.missed ? <NotificationBanner tone="warning" title={t('followUp.missed.banner')} /> : null}
      {d.followUp.treatmentEnded && d.followUp.checkInsOpen ? (
        <CheckInLink
          href={`/coordinator/cases/${d.caseId}/follow-up/check-in/check`}
          started={d.started}
          byPhone
        />
      ) : null}
      <FollowUpPlan view={d.followUp} />
      {open.length > 0 ? (
        <Form method="post" noValidate className="two-thirds">
          <h2 className="heading-m" id="form" tabIndex={-1}>
            {t('followUp.adjust.heading')}
          </h2>
          <p className="body">{t('followUp.adjust.hint')}</p>
          {open.map((v) => (
            <Field
              key={v.id}
              name={`due-${v.monthsAfter}`}
              label={t('followUp.adjust.field', { months: v.monthsAfter })}
              error={failed.errorFor(`due-${v.monthsAfter}`)}
              defaultValue={failed.value(`due-${v.monthsAfter}`, v.dueOn)}
              width="half"
              dir="ltr"
            />
          ))}
          <Button variant="secondary">{t('followUp.adjust.save')}</Button>
        </Form>
      ) : null}
    </div>
  )
}
