import { Form, redirect } from 'react-router'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PostButton } from '#app/components/patterns/post-button.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { SecondOpinionRequests } from '#app/components/second-opinion-requests.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { stageAllowsAsking } from '#domain/second-opinions/second-opinion.ts'
import { refusalEntry } from '#app/forms/refusals.ts'
import { failure, readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/case-second-opinion'

// The coordinator asks a reviewing doctor for an independent second opinion
// (ADR 0050): only doctors who work for none of the case's clinics are
// offered; the family agrees first; an open request can be withdrawn.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const [requests, doctors] = await Promise.all([handle.secondOpinions(), handle.doctorsToAsk()])
  return {
    caseId: handle.case.id,
    reference: handle.case.reference,
    doctors,
    // Said before the form rather than after a refused ask.
    closedBecause: ((allowed) => (allowed.ok ? null : refusalEntry(allowed.error.code).message))(
      stageAllowsAsking(handle.case.stage),
    ),
    requests: requests.map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString() })),
    done: new URL(request.url).searchParams.get('done'),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0] ?? ''
  const command = one('command')
  if (command === 'ask') {
    if (!one('doctor')) return failure(fields, [{ field: 'doctor', key: 'secondOpinion.error.notADoctor' }])
    const asked = await handle.askSecondOpinion(one('doctor'))
    if (!asked.ok) return refuse(asked.error, fields)
  } else if (command === 'withdraw') {
    const version = Number(one('version'))
    if (!Number.isSafeInteger(version)) return failure(fields, [{ field: 'command', key: 'error.generic' }])
    const withdrawn = await handle.withdrawSecondOpinion(one('id'), version)
    if (!withdrawn.ok) return refuse(withdrawn.error, fields, { field: 'command' })
  } else {
    return failure(fields, [{ field: 'command', key: 'error.generic' }])
  }
  throw redirect(`/coordinator/cases/${handle.case.id}/second-opinion?done=${command}`, 303)
}

export default function CoordinatorSecondOpinion({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const d = loaderData
  const failed = useFailure(actionData, ['doctor', 'command'])
  const open = d.requests.some((r) => r.status === 'awaiting-family' || r.status === 'agreed')
  return (
    <div>
      <PageHeader
        title={`${t('secondOpinion.title')} · ${d.reference}`}
        back={`/coordinator/cases/${d.caseId}`}
        failure={failed}
      />
      {d.done === 'ask' ? <NotificationBanner title={t('secondOpinion.coordinator.asked')} /> : null}
      {d.done === 'withdraw' ? <NotificationBanner title={t('secondOpinion.coordinator.withdrawn')} /> : null}
      <p className="body two-thirds" id="command" tabIndex={-1}>
        {t('secondOpinion.coordinator.lede')}
      </p>
      {open ? null : d.closedBecause ? (
        <p className="body two-thirds">{t(d.closedBecause)}</p>
      ) : d.doctors.length === 0 ? (
        <p className="body two-thirds">{t('secondOpinion.coordinator.noDoctors')}</p>
      ) : (
        <Form method="post" noValidate>
          <input type="hidden" name="command" value="ask" />
          <SelectField
            name="doctor"
            label={t('secondOpinion.coordinator.doctor')}
            value={failed.value('doctor') ?? null}
            anyLabel="—"
            error={failed.errorFor('doctor')}
            options={d.doctors.map((doc) => ({ value: doc.id, label: doc.name }))}
          />
          <Button>{t('secondOpinion.coordinator.ask')}</Button>
        </Form>
      )}
      <Section id="requests" title={t('secondOpinion.requests')}>
        <SecondOpinionRequests
          requests={d.requests}
          actions={(r) =>
            r.status === 'awaiting-family' || r.status === 'agreed' ? (
              <PostButton
                variant="warning"
                label={t('secondOpinion.coordinator.withdraw')}
                fields={{ command: 'withdraw', id: r.id, version: String(r.version) }}
              />
            ) : null
          }
        />
      </Section>
    </div>
  )
}
