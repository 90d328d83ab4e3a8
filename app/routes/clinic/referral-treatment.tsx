import { courseTakesPlanChange } from '#domain/treatment/treatment-course.ts'
import { FileField } from '#app/components/patterns/file-field.tsx'
import { Form, Link, redirect } from 'react-router'
import { itemIds } from '#domain/alsfrs/items.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { adverseEventOutcomes } from '#domain/treatment/adverse-event.ts'
import { sessionRoutes } from '#domain/treatment/treatment-session.ts'
import { AdverseEventForm, adverseEventFields } from '#app/components/adverse-event-form.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { PlanRevision, VisaOverrunWarning } from '#app/components/plan-revision.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { TreatmentCourse } from '#app/components/treatment-course.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { alsfrsItemTextFor } from '#domain/alsfrs/item-text.ts'
import { maySignPlans } from '#domain/quotes/plan-revision.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse, type FileInput } from '#app/forms/action.server.ts'
import type { Refusal } from '#app/forms/refusals.ts'
import { criteriaOf, onFields, rawOf } from '#app/forms/treatment-form.ts'
import type { Route } from './+types/referral-treatment'

// The treating clinic's side of the course (ADR 0062): the assessment on
// arrival, sessions, adverse events and discharge, each a plain form that
// works without JavaScript. The rules are the domain's; this page lays out
// the forms and puts each problem back on its field.
const savedKeys = {
  assessment: 'treatment.saved.assessment',
  paused: 'treatment.saved.paused',
  session: 'treatment.saved.session',
  event: 'treatment.saved.event',
  serious: 'treatment.saved.serious',
  outcome: 'treatment.saved.outcome',
  discharged: 'treatment.saved.discharged',
  revised: 'treatment.saved.revised',
  confirmed: 'treatment.saved.confirmed',
  withdrawn: 'treatment.saved.withdrawn',
} as const satisfies Record<string, MessageKey>

const pdfInput: FileInput = { field: 'file', again: 'upload.error.choosePdfAgain' }
const typedOf = (fields: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [v]]))

const pathOf = (caseId: string, providerId: string) =>
  `/clinic/referrals/${caseId}/treatment?provider=${encodeURIComponent(providerId)}`

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const saved = new URL(request.url).searchParams.get('saved')
  return {
    caseId: handle.case.id,
    providerId: handle.providerId,
    reference: handle.case.reference,
    course: await handle.treatment(),
    revisions: await handle.planRevisions(),
    /** Only who signs plans changes one or takes a change back (the treating doctor). */
    maySignPlans: maySignPlans(handle.role),
    saved: saved && saved in savedKeys ? savedKeys[saved as keyof typeof savedKeys] : null,
    /** Just back from sending a changed plan: its visa check is the form's result (ADR 0073). */
    revisedNow: saved === 'revised' || saved === 'confirmed',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'clinic')
  const done = (saved: keyof typeof savedKeys) =>
    redirect(`${pathOf(handle.case.id, handle.providerId)}&saved=${saved}#top`, 303)
  // The discharge form carries a file: its body is streamed to storage, not read as fields.
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const discharged = await handle.discharge(request)
    // Its problems name the form's own fields (`date`, `file`), which carry no prefix. The date
    // typed comes back; the chosen file cannot, so a refusal elsewhere asks for it again.
    if (!discharged.ok)
      return refuse(discharged.error as Refusal | Refusal[], typedOf(discharged.fields), { file: pdfInput })
    throw done('discharged')
  }
  const fields = await readFields(request)
  switch (fields['intent']?.[0]) {
    case 'assessment': {
      const recorded = await handle.recordAssessment(rawOf(fields, 'a.'))
      if (!recorded.ok) return refuse(onFields(recorded.error, 'a.'), fields)
      throw done(recorded.value.paused ? 'paused' : 'assessment')
    }
    case 'session': {
      const recorded = await handle.recordSession(rawOf(fields, 's.'))
      if (!recorded.ok) return refuse(onFields(recorded.error, 's.'), fields)
      throw done('session')
    }
    case 'adverse-event': {
      const reported = await handle.reportAdverseEvent(rawOf(fields, 'e.'), criteriaOf(fields, 'e.'))
      if (!reported.ok) return refuse(onFields(reported.error, 'e.'), fields)
      throw done(reported.value.serious ? 'serious' : 'event')
    }
    case 'outcome': {
      const id = fields['event']?.[0] ?? ''
      const recorded = await handle.recordAdverseEventOutcome(id, fields['outcome']?.[0])
      if (!recorded.ok) return refuse({ ...recorded.error, field: `outcome-${id}` }, fields)
      throw done('outcome')
    }
    case 'withdraw-revision': {
      // The clinic takes back a change still waiting for the family (ADR 0081).
      const withdrawn = await handle.withdrawRevisedQuote({ quoteId: fields['quote']?.[0] ?? '' })
      if (!withdrawn.ok) return refuse(withdrawn.error, fields)
      throw done('withdrawn')
    }
    default:
      return failure(fields, [{ field: 'form', key: 'error.generic' }])
  }
}

export default function ReferralTreatment({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const d = loaderData
  const order = [
    'form',
    'a.date',
    ...itemIds.map((id) => `a.alsfrs-${id}`),
    'a.fvc',
    'a.weight',
    's.date',
    's.procedure',
    's.route',
    's.dose',
    's.doctor',
    ...adverseEventFields,
    'date',
    'file',
  ]
  const failed = useFailure(actionData, order)
  const course = d.course
  const back = `/clinic/referrals/${d.caseId}?provider=${encodeURIComponent(d.providerId)}`
  return (
    <div id="top">
      <PageHeader title={t('treatment.title', { reference: d.reference })} back={back} failure={failed} />
      {d.saved ? <NotificationBanner tone="success" title={t(d.saved)} /> : null}
      {d.revisedNow && d.revisions?.visa ? <VisaOverrunWarning visa={d.revisions.visa} /> : null}
      <p id="form" tabIndex={-1} className="visually-hidden">
        {t('treatment.status.label')}
      </p>
      {!course ? (
        <p className="body two-thirds">{t('treatment.notYet')}</p>
      ) : (
        <>
          <TreatmentCourse
            course={course}
            // Its own discharge summary, whatever the family shares (ADR 0069).
            documentHref={(id) =>
              `/cases/${d.caseId}/documents/${id}?provider=${encodeURIComponent(d.providerId)}`
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
          <PlanRevision
            revisions={d.revisions && d.revisedNow ? { ...d.revisions, visa: null } : d.revisions}
          >
            {d.revisions?.pending && d.maySignPlans ? (
              <div className="two-thirds" data-testid="withdraw-revision">
                <h3 className="heading-s">{t('treatment.revision.withdraw.heading')}</h3>
                <p className="body">{t('treatment.revision.withdraw.lede')}</p>
                <PostButton
                  variant="secondary"
                  fields={{ intent: 'withdraw-revision', quote: d.revisions.pending.quoteId }}
                  label={t('treatment.revision.withdraw.submit')}
                />
              </div>
            ) : null}
          </PlanRevision>
          {d.maySignPlans && courseTakesPlanChange(course) && !d.revisions?.pending ? (
            // A changed plan after arrival goes through the plan-and-quote form again (ADR 0069).
            <p className="body two-thirds">
              {t('treatment.revision.changeHint')}{' '}
              <Link
                to={`/clinic/referrals/${d.caseId}/plan?provider=${encodeURIComponent(d.providerId)}&revise=1`}
              >
                {t('treatment.revision.change')}
              </Link>
            </p>
          ) : null}
          {course.status === 'awaiting-assessment' ? (
            <Section id="record-assessment" title={t('treatment.form.assessment.title')}>
              <Form method="post" noValidate className="two-thirds">
                <input type="hidden" name="intent" value="assessment" />
                <p className="hint">{t('treatment.form.assessment.hint')}</p>
                <Field
                  name="a.date"
                  label={t('treatment.field.date')}
                  hint={t('treatment.field.dateHint')}
                  width="half"
                  dir="ltr"
                  error={failed.errorFor('a.date')}
                  defaultValue={failed.value('a.date')}
                />
                {itemIds.map((id) => (
                  <SelectField
                    key={id}
                    name={`a.alsfrs-${id}`}
                    label={t('treatment.field.item', {
                      id,
                      label: alsfrsItemTextFor(locale, 'other')[id].label,
                    })}
                    anyLabel={t('treatment.field.itemNotAnswered')}
                    value={failed.value(`a.alsfrs-${id}`) ?? null}
                    error={failed.errorFor(`a.alsfrs-${id}`)}
                    options={['4', '3', '2', '1', '0'].map((v) => ({ value: v, label: v }))}
                  />
                ))}
                <Field
                  name="a.fvc"
                  label={t('treatment.field.fvc')}
                  hint={t('treatment.field.fvcHint')}
                  inputMode="decimal"
                  width="half"
                  error={failed.errorFor('a.fvc')}
                  defaultValue={failed.value('a.fvc')}
                />
                <Field
                  name="a.weight"
                  label={t('treatment.field.weight')}
                  hint={t('treatment.field.weightHint')}
                  inputMode="decimal"
                  width="half"
                  error={failed.errorFor('a.weight')}
                  defaultValue={failed.value('a.weight')}
                />
                <Button>{t('treatment.form.assessment.save')}</Button>
              </Form>
            </Section>
          ) : null}
          {course.status === 'ready' || course.status === 'in-treatment' ? (
            <Section id="record-session" title={t('treatment.form.session.title')}>
              <Form method="post" noValidate className="two-thirds">
                <input type="hidden" name="intent" value="session" />
                <Field
                  name="s.date"
                  label={t('treatment.field.date')}
                  hint={t('treatment.field.dateHint')}
                  width="half"
                  dir="ltr"
                  error={failed.errorFor('s.date')}
                  defaultValue={failed.value('s.date')}
                />
                <TextareaField
                  name="s.procedure"
                  label={t('treatment.field.procedure')}
                  error={failed.errorFor('s.procedure')}
                  defaultValue={failed.value('s.procedure')}
                  rows={2}
                />
                <SelectField
                  name="s.route"
                  label={t('treatment.field.route')}
                  anyLabel={t('treatment.field.choose')}
                  value={failed.value('s.route') ?? null}
                  error={failed.errorFor('s.route')}
                  options={sessionRoutes.map((r) => ({
                    value: r,
                    label: t(`treatment.route.${r}` as MessageKey),
                  }))}
                />
                <Field
                  name="s.dose"
                  label={t('treatment.field.dose')}
                  error={failed.errorFor('s.dose')}
                  defaultValue={failed.value('s.dose')}
                  dir="auto"
                />
                <Field
                  name="s.doctor"
                  label={t('treatment.field.doctor')}
                  error={failed.errorFor('s.doctor')}
                  defaultValue={failed.value('s.doctor')}
                  dir="auto"
                />
                <Button>{t('treatment.form.session.save')}</Button>
              </Form>
            </Section>
          ) : null}
          <AdverseEventForm failed={failed} />
          {course.status === 'in-treatment' ? (
            <Section id="record-discharge" title={t('treatment.form.discharge.title')}>
              <Form method="post" encType="multipart/form-data" noValidate className="two-thirds">
                {/* Before the file: the upload reads the fields that precede it. */}
                <input type="hidden" name="type" value="discharge-summary" />
                <Field
                  name="date"
                  label={t('treatment.field.dischargeDate')}
                  hint={t('treatment.field.dateHint')}
                  width="half"
                  dir="ltr"
                  error={failed.errorFor('date')}
                  defaultValue={failed.value('date')}
                />
                <FileField
                  label={t('treatment.field.summary')}
                  error={failed.errorFor('file')}
                  // What a case document may be that a person reads (server/documents): no imaging studies.
                  accept="application/pdf,image/jpeg,image/png,image/heic"
                  result={actionData}
                />
                <Button>{t('treatment.form.discharge.save')}</Button>
              </Form>
            </Section>
          ) : null}
        </>
      )}
    </div>
  )
}
