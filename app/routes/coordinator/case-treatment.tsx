import { Form, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { adverseEventOutcomes } from '#domain/treatment/adverse-event.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { PlanRevision } from '#app/components/plan-revision.tsx'
import { TreatmentCourse } from '#app/components/treatment-course.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/case-treatment'

// The coordinator sees the whole course, serious events first, acknowledges
// a large change from home, and records an event's later outcome (ADR 0062).
const savedKeys = {
  acknowledged: 'treatment.saved.acknowledged',
  outcome: 'treatment.saved.outcome',
} as const satisfies Record<string, MessageKey>

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const saved = new URL(request.url).searchParams.get('saved')
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    course: await handle.treatment(),
    revisions: await handle.planRevisions(),
    saved: saved && saved in savedKeys ? savedKeys[saved as keyof typeof savedKeys] : null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const fields = await readFields(request)
  const done = (saved: keyof typeof savedKeys) =>
    redirect(`/coordinator/cases/${handle.case.id}/treatment?saved=${saved}`, 303)
  switch (fields['intent']?.[0]) {
    case 'acknowledge': {
      const acknowledged = await handle.acknowledgeChange()
      if (!acknowledged.ok) return refuse(acknowledged.error, fields)
      throw done('acknowledged')
    }
    case 'outcome': {
      const id = fields['event']?.[0] ?? ''
      const recorded = await handle.recordAdverseEventOutcome(id, fields['outcome']?.[0])
      if (!recorded.ok) return refuse({ ...recorded.error, field: `outcome-${id}` }, fields)
      throw done('outcome')
    }
    default:
      return failure(fields, [{ field: 'form', key: 'error.generic' }])
  }
}

export default function CoordinatorTreatment({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData, ['form'])
  const owesAcknowledgement = d.course.status === 'paused' && !d.course.assessment?.coordinatorAcknowledged
  return (
    <div>
      <PageHeader
        title={t('treatment.title', { reference: d.reference })}
        back={`/coordinator/cases/${d.caseId}`}
        failure={failed}
      />
      {d.saved ? <NotificationBanner tone="success" title={t(d.saved)} /> : null}
      <p id="form" tabIndex={-1} className="visually-hidden">
        {t('treatment.status.label')}
      </p>
      <TreatmentCourse
        course={d.course}
        documentHref={(id) => `/cases/${d.caseId}/documents/${id}`}
        acknowledge={
          owesAcknowledgement ? (
            <PostButton
              variant="secondary"
              fields={{ intent: 'acknowledge' }}
              label={t('treatment.acknowledge')}
            />
          ) : null
        }
        eventActions={(e) => (
          <Form method="post" noValidate className="inline-form">
            <input type="hidden" name="intent" value="outcome" />
            <input type="hidden" name="event" value={e.id} />
            <SelectField
              name="outcome"
              id={`outcome-${e.id}`}
              label={t('treatment.outcome.field')}
              value={e.outcome}
              error={failed.errorFor(`outcome-${e.id}`)}
              options={adverseEventOutcomes.map((o) => ({
                value: o,
                label: t(`treatment.outcome.${o}` as MessageKey),
              }))}
            />
            <Button variant="secondary">{t('treatment.outcome.save')}</Button>
          </Form>
        )}
      />
      <PlanRevision revisions={d.revisions} />
    </div>
  )
}
