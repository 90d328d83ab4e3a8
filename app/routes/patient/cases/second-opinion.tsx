import { Form, redirect } from 'react-router'
import { CasePage } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { SecondOpinionRequests } from '#app/components/second-opinion-requests.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/second-opinion'

// The family's side of a second opinion (ADR 0050): agree or decline before
// the doctor sees anything (the patient or their representative decides),
// then read the doctor's comment here.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const { requests, mayDecide } = await handle.secondOpinions()
  return {
    caseId: handle.case.id,
    mayDecide,
    requests: requests.map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString() })),
    done: new URL(request.url).searchParams.get('done'),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const answer = one('answer')
  const version = Number(one('version'))
  if ((answer !== 'agree' && answer !== 'decline') || !Number.isSafeInteger(version))
    return failure(fields, [{ field: 'answer', key: 'secondOpinion.error.answer' }])
  const result = await handle.answerSecondOpinion(one('id'), answer, version)
  if (!result.ok) return refuse(result.error, fields, { field: 'answer' })
  throw redirect(`${casePath(handle.case.id, 'second-opinion')}?done=${result.value.status}`, 303)
}

export default function FamilySecondOpinion({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData, ['answer'])
  const waiting = d.requests.find((r) => r.status === 'awaiting-family')
  return (
    <CasePage caseId={d.caseId} current="second-opinion" title={t('secondOpinion.title')} failure={failed}>
      {d.done === 'agreed' ? <NotificationBanner title={t('secondOpinion.family.agreed')} /> : null}
      {d.done === 'declined' ? <NotificationBanner title={t('secondOpinion.family.declined')} /> : null}
      {/* "Your coordinator suggests…" only once a coordinator has. */}
      <p className="body two-thirds">
        {t(d.requests.length > 0 ? 'secondOpinion.family.lede' : 'secondOpinion.family.none')}
      </p>
      {waiting && d.mayDecide ? (
        <Form method="post" noValidate>
          <input type="hidden" name="id" value={waiting.id} />
          <input type="hidden" name="version" value={waiting.version} />
          <Choices
            type="radio"
            name="answer"
            legend={t('secondOpinion.family.question', { name: waiting.doctorName })}
            options={[
              { value: 'agree', label: t('secondOpinion.family.agree') },
              { value: 'decline', label: t('secondOpinion.family.decline') },
            ]}
            selected={failed.value('answer') ? [failed.value('answer')!] : []}
            error={failed.errorFor('answer')}
          />
          <Button>{t('secondOpinion.family.send')}</Button>
        </Form>
      ) : null}
      {waiting && !d.mayDecide ? (
        <p className="body two-thirds">{t('secondOpinion.family.onlyManagers')}</p>
      ) : null}
      <h2 className="heading-m">{t('secondOpinion.requests')}</h2>
      <SecondOpinionRequests requests={d.requests} />
    </CasePage>
  )
}
