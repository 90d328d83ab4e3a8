import { redirect } from 'react-router'
import type { VisaStep } from '#domain/travel/visa-status.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { LetterStatus, TravelRules, TravellerTable } from '#app/components/travel-summary.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import { travelData } from '#app/travel.server.ts'
import type { Route } from './+types/case-travel'

// The coordinator's view of the trip's visa (issue 17): asks the treating
// clinic for its invitation letter (never for an offer that is not listable)
// and records the visa's steps. Opening the case is audited by the gate.
const visaSteps = ['visa-applied', 'visa-granted', 'visa-refused'] as const
type CoordinatorStep = (typeof visaSteps)[number]
const doneCodes = ['requested', 'step'] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const view = await handle.travel()
  const done = new URL(request.url).searchParams.get('done')
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    travel: view ? travelData(view) : null,
    offerListable: view?.plan.offerListable ?? false,
    done: doneCodes.find((c) => c === done) ?? null,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const command = one('command')
  const back = (done: (typeof doneCodes)[number]) =>
    redirect(`/coordinator/cases/${handle.case.id}/travel?done=${done}`, 303)
  if (command === 'request-letter') {
    const requested = await handle.requestInvitationLetter()
    if (!requested.ok) return refuse(requested.error, fields, { field: 'command' })
    throw back('requested')
  }
  const step = visaSteps.find((s) => s === command)
  const version = Number(one('version'))
  if (!step || !Number.isSafeInteger(version))
    return failure(fields, [{ field: 'command', key: 'error.generic' }])
  const moved = await handle.recordVisaStep(step, version)
  if (!moved.ok) return refuse(moved.error, fields, { field: 'command' })
  throw back('step')
}

export default function CoordinatorTravel({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData, ['command'])
  const steps = (d.travel?.nextSteps ?? []).filter((s): s is CoordinatorStep & VisaStep['type'] =>
    (visaSteps as readonly string[]).includes(s),
  )
  return (
    <div>
      <PageHeader
        title={`${t('travel.title')} · ${d.reference}`}
        back={`/coordinator/cases/${d.caseId}`}
        failure={failed}
      />
      {d.done && !failed.failed ? (
        <NotificationBanner
          tone="success"
          title={t(d.done === 'requested' ? 'travel.done.requested' : 'travel.done.step')}
        />
      ) : null}
      <div className="two-thirds" id="command">
        {!d.travel ? (
          <p className="body">{t('travel.noPlan')}</p>
        ) : (
          <>
            <TravelRules data={d.travel} />
            <TravellerTable data={d.travel} />
            <LetterStatus
              data={d.travel}
              downloadHref={
                d.travel.letter?.documentId
                  ? `/cases/${d.caseId}/documents/${d.travel.letter.documentId}`
                  : null
              }
            />
            {d.travel.visaClosed ? (
              <p className="body" data-testid="visa-closed">
                {t('travel.visaClosed')}
              </p>
            ) : null}
            {d.travel.nextSteps.includes('request-letter') ? (
              d.offerListable ? (
                <PostButton
                  fields={{ command: 'request-letter' }}
                  label={t('travel.request.submit')}
                  variant="secondary"
                />
              ) : (
                <p className="body">{t('travel.error.offerNotListable')}</p>
              )
            ) : null}
            {d.travel.letter
              ? steps.map((s) => (
                  <PostButton
                    key={s}
                    fields={{ command: s, version: String(d.travel!.letter!.version) }}
                    label={t(`travel.step.${s}`)}
                    variant={s === 'visa-refused' ? 'warning' : 'secondary'}
                  />
                ))
              : null}
          </>
        )}
      </div>
    </div>
  )
}
