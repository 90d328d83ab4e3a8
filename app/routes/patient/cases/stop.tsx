import { Form, Link, redirect } from 'react-router'
import { confirmFieldOf } from '#domain/cases/case-stages.ts'
import { isStoppable, mayStopCase, stopEndsFollowUp, stopLeavesBookings } from '#domain/cases/stop-case.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/stop'

// The family stops their case: what that does and does not do, then one
// ticked box. Every clinic that has the case is told, and so are the coordinators.
const CONFIRM = confirmFieldOf('withdraw')

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const { stage } = handle.case
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    stage,
    stoppable: isStoppable(stage),
    mayStop: mayStopCase(handle.member.role),
    bookings: stopLeavesBookings(stage),
    followUp: stopEndsFollowUp(stage),
    sent: stage !== 'inquiry',
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const stopped = await handle.stop(fields[CONFIRM]?.[0] === 'yes')
  if (!stopped.ok) {
    // The family's own words for the box they did not tick.
    if (stopped.error.code === 'case.withdraw-not-confirmed')
      return failure(fields, [{ field: CONFIRM, key: 'case.stop.error' }])
    return refuse(stopped.error, fields, { field: CONFIRM })
  }
  throw redirect(`${casePath(handle.case.id)}?stopped=1`, 303)
}

export default function StopCasePage({ loaderData: d, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  return (
    <CasePage caseId={d.caseId} current="case" title={t('case.stop.title')} failure={failed}>
      <div className="two-thirds">
        {!d.stoppable ? (
          <p className="body">{t('case.stop.ended', { stage: t(`case.stage.${d.stage}` as MessageKey) })}</p>
        ) : !d.mayStop ? (
          <p className="body">{t('case.stop.notYours')}</p>
        ) : (
          <>
            <p className="body">{t(d.sent ? 'case.stop.body.sent' : 'case.stop.body.draft')}</p>
            <p className="body">{t('case.stop.kept')}</p>
            {d.followUp ? <p className="body">{t('case.stop.followUp')}</p> : null}
            {d.bookings ? (
              <div className="warning-box">
                <p className="body">{t('case.stop.bookings')}</p>
              </div>
            ) : null}
            <Form method="post" noValidate>
              <Choices
                type="checkbox"
                name={CONFIRM}
                id={CONFIRM}
                legend={t('case.stop.legend')}
                error={failed.errorFor(CONFIRM)}
                selected={[]}
                options={[{ value: 'yes', label: t('case.stop.confirm', { reference: d.reference }) }]}
              />
              <Button variant="warning">{t('case.stop.button')}</Button>
            </Form>
          </>
        )}
        <p className="body">
          <Link to={casePath(d.caseId)}>{t('case.stop.back')}</Link>
        </p>
      </div>
    </CasePage>
  )
}
