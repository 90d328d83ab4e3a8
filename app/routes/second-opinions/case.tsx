import { Form, redirect } from 'react-router'
import { COMMENT_MAX_CHARS } from '#domain/second-opinions/second-opinion.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { CaseAnswers } from '#app/components/case-answers.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { PlanForDoctorSummary } from '#app/components/plan-for-doctor.tsx'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/case'

// A case as the reviewing doctor reads it (ADR 0050), reached only through a
// request the family agreed to (any other case is "not found"), every view
// audited by the gate: the condition and goals, the ALSFRS-R, each clinic's
// referral and plans, and the one comment the doctor writes.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'second-opinion')
  const [referrals, plans] = await Promise.all([handle.referrals(), handle.plans()])
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    answers: handle.answers(),
    alsfrs: handle.alsfrs(),
    referrals,
    plans,
    request: handle.request,
    sent: new URL(request.url).searchParams.get('sent') === '1',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'second-opinion')
  const fields = await readFields(request)
  const version = Number(fields['version']?.[0])
  if (!Number.isSafeInteger(version)) return failure(fields, [{ field: 'comment', key: 'error.generic' }])
  const result = await handle.comment(fields['comment']?.[0] ?? '', version)
  if (!result.ok) return refuse(result.error, fields, { field: 'comment' })
  throw redirect(`/second-opinions/${handle.case.id}?sent=1`, 303)
}

export default function SecondOpinionCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData, ['comment'])
  return (
    <div>
      <PageHeader
        title={`${t('secondOpinion.title')} · ${d.reference}`}
        back="/second-opinions"
        failure={failed}
      />
      {d.sent ? <NotificationBanner title={t('secondOpinion.doctor.sent')} /> : null}
      <p className="body two-thirds">{t('secondOpinion.doctor.lede')}</p>
      <Section id="answers" title={t('secondOpinion.doctor.answers')}>
        <CaseAnswers answers={d.answers} alsfrs={d.alsfrs} />
      </Section>
      <Section id="clinics" title={t('secondOpinion.doctor.clinics')}>
        {d.referrals.length === 0 ? (
          <p className="body">{t('secondOpinion.doctor.noClinics')}</p>
        ) : (
          <ul className="list">
            {d.referrals.map((r) => (
              <li key={r.providerId}>
                {r.providerName} <Tag>{t(`referral.status.${r.status}` as MessageKey)}</Tag>
              </li>
            ))}
          </ul>
        )}
        {d.plans.length === 0 ? (
          <p className="body">{t('secondOpinion.doctor.noPlans')}</p>
        ) : (
          d.plans.map((p, i) => <PlanForDoctorSummary key={i} plan={p} headingId={`plan-${i}`} />)
        )}
      </Section>
      <Section id="comment-section" title={t('secondOpinion.doctor.comment')}>
        {d.request.status === 'agreed' && d.plans.length === 0 ? (
          // One comment only: sent now, it cannot speak to plans that come later.
          <p className="body two-thirds" data-testid="comment-before-plans">
            <strong>{t('secondOpinion.doctor.beforePlans')}</strong>
          </p>
        ) : null}
        {d.request.status === 'agreed' ? (
          <Form method="post" noValidate>
            <input type="hidden" name="version" value={d.request.version} />
            <TextareaField
              name="comment"
              label={t('secondOpinion.doctor.commentLabel')}
              hint={t('secondOpinion.doctor.commentHint', { max: COMMENT_MAX_CHARS })}
              error={failed.errorFor('comment')}
              defaultValue={failed.value('comment')}
              rows={10}
            />
            <Button>{t('secondOpinion.doctor.send')}</Button>
          </Form>
        ) : (
          <p className="body two-thirds pre-wrap" dir="auto" data-testid="second-opinion-comment">
            {d.request.comment}
          </p>
        )}
      </Section>
    </div>
  )
}
