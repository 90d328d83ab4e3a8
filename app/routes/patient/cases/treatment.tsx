import { Form, redirect } from 'react-router'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { AdverseEventForm, adverseEventFields } from '#app/components/adverse-event-form.tsx'
import { CasePage } from '#app/components/case-nav.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PlanRevision } from '#app/components/plan-revision.tsx'
import { mayAnswerPlans } from '#domain/referrals/accept-plan.ts'
import { Button } from '#app/components/ui/button.tsx'
import { TreatmentCourse } from '#app/components/treatment-course.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { criteriaOf, onFields, rawOf } from '#app/forms/treatment-form.ts'
import type { Route } from './+types/treatment'

// The family follows the treatment course, acknowledges a large change from
// home when the clinic's assessment finds one, and can report an adverse
// event at any time once a plan is accepted (ADR 0062).
const savedKeys = {
  event: 'treatment.saved.event',
  serious: 'treatment.saved.serious',
  acknowledged: 'treatment.saved.acknowledged',
  signed: 'treatment.saved.signed',
  declined: 'treatment.saved.declined',
} as const satisfies Record<string, MessageKey>

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const saved = new URL(request.url).searchParams.get('saved')
  const revisions = await handle.planRevisions()
  return {
    caseId: handle.case.id,
    course: await handle.treatment(),
    revisions,
    // A changed plan is the patient's side's to answer, as the first one was (ADR 0089).
    mayAnswer: mayAnswerPlans(handle.member.role),
    saved: saved && saved in savedKeys ? savedKeys[saved as keyof typeof savedKeys] : null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const done = (saved: keyof typeof savedKeys) =>
    redirect(`${casePath(handle.case.id, 'treatment')}?saved=${saved}`, 303)
  switch (fields['intent']?.[0]) {
    case 'acknowledge': {
      const acknowledged = await handle.acknowledgeChange()
      if (!acknowledged.ok) return refuse(acknowledged.error, fields)
      throw done('acknowledged')
    }
    case 'accept-revision': {
      // A changed price after arrival, accepted afresh with a typed signature (ADR 0069).
      const signed = await handle.acceptRevisedQuote({
        quoteId: fields['quote']?.[0] ?? '',
        signature: fields['signature']?.[0],
        confirm: fields['confirm']?.[0],
      })
      if (!signed.ok) return refuse(signed.error, fields)
      throw done('signed')
    }
    case 'decline-revision': {
      // The family says no to a changed price: the agreed plan stands (ADR 0073).
      const declined = await handle.declineRevisedQuote({ quoteId: fields['quote']?.[0] ?? '' })
      if (!declined.ok) return refuse(declined.error, fields)
      throw done('declined')
    }
    case 'adverse-event': {
      const reported = await handle.reportAdverseEvent(rawOf(fields, 'e.'), criteriaOf(fields, 'e.'))
      if (!reported.ok) return refuse(onFields(reported.error, 'e.'), fields)
      throw done(reported.value.serious ? 'serious' : 'event')
    }
    default:
      return failure(fields, [{ field: 'form', key: 'error.generic' }])
  }
}

export default function FamilyTreatment({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData, ['form', 'signature', 'confirm', ...adverseEventFields])
  const owesAcknowledgement = d.course.status === 'paused' && !d.course.assessment?.familyAcknowledged
  return (
    <CasePage caseId={d.caseId} current="treatment" title={t('case.nav.treatment')} failure={failed}>
      {d.saved ? <NotificationBanner tone="success" title={t(d.saved)} /> : null}
      <p id="form" tabIndex={-1} className="visually-hidden">
        {t('treatment.status.label')}
      </p>
      {/* Before a plan is accepted there is no course: "waiting for the assessment on arrival" would be untrue. */}
      {d.course.planAccepted ? (
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
        />
      ) : (
        <p className="body two-thirds">{t('treatment.notYetFamily')}</p>
      )}
      <PlanRevision
        forFamily
        revisions={d.revisions}
        afterDecline={<p className="body two-thirds">{t('treatment.revision.declined.next')}</p>}
      >
        {d.revisions?.pending && !d.mayAnswer ? (
          <p className="body two-thirds">{t('quotes.answeredByPatient')}</p>
        ) : null}
        {d.revisions?.pending && d.mayAnswer ? (
          <Form method="post" noValidate className="two-thirds">
            <input type="hidden" name="intent" value="accept-revision" />
            <input type="hidden" name="quote" value={d.revisions.pending.quoteId} />
            <h3 className="heading-s">{t('treatment.revision.sign.heading')}</h3>
            <p className="body">{t('treatment.revision.sign.lede')}</p>
            <Field
              name="signature"
              label={t('treatment.revision.sign.signature')}
              autoComplete="name"
              dir="auto"
              error={failed.errorFor('signature')}
              defaultValue={failed.value('signature')}
            />
            <Choices
              type="checkbox"
              name="confirm"
              legend={t('treatment.revision.sign.legend')}
              options={[{ value: 'yes', label: t('treatment.revision.sign.confirm') }]}
              selected={failed.values('confirm')}
              error={failed.errorFor('confirm')}
            />
            <Button>{t('treatment.revision.sign.submit')}</Button>
          </Form>
        ) : null}
        {d.revisions?.pending && d.mayAnswer ? (
          <div className="two-thirds" data-testid="decline-revision">
            <h3 className="heading-s">{t('treatment.revision.decline.heading')}</h3>
            <p className="body">{t('treatment.revision.decline.lede')}</p>
            <PostButton
              variant="secondary"
              fields={{ intent: 'decline-revision', quote: d.revisions.pending.quoteId }}
              label={t('treatment.revision.decline.submit')}
            />
          </div>
        ) : null}
      </PlanRevision>
      {d.course.planAccepted ? <AdverseEventForm failed={failed} by="family" /> : null}
    </CasePage>
  )
}
