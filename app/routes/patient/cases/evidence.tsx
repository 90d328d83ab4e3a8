import { Form, redirect } from 'react-router'
import { Choices } from '#app/components/patterns/choices.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { PolicyReasons } from '#app/components/policy-reasons.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireEditableCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/evidence'

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireEditableCase(request, params.caseId)
  return { caseId: handle.case.id, offers: await handle.evidenceToRead() }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireEditableCase(request, params.caseId)
  const fields = await readFields(request)
  const result = await handle.acknowledgeEvidence(fields['read'] ?? [])
  if (!result.ok) return refuse(result.error, fields)
  throw redirect(casePath(handle.case.id))
}

export default function EvidencePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData)
  const confirmed = failed.values(
    'read',
    loaderData.offers.filter((o) => o.acknowledged).map((o) => o.offerId),
  )
  return (
    <div className="two-thirds">
      <PageHeader
        title={t('case.evidence.title')}
        back={casePath(loaderData.caseId, 'providers')}
        failure={failed}
      />
      <p className="body">{t('case.evidence.lede')}</p>
      <Form method="post" noValidate>
        {loaderData.offers.map((o) => (
          <Section
            id={`offer-${o.offerId}`}
            title={`${o.title} — ${o.providerName}`}
            className="offer"
            key={o.offerId}
          >
            {o.pathway === 'registered-trial' ? <p className="body">{t('case.evidence.trial')}</p> : null}
            {o.evidence ? (
              <p className="body" lang="en">
                {o.evidence.summary}
              </p>
            ) : null}
            <PolicyReasons reasons={o.warnings} title={t('provider.warnings')} level={3} />
            <Choices
              type="checkbox"
              name="read"
              id={`read-${o.offerId}`}
              legend={t('case.evidence.confirmLegend')}
              error={failed.errorFor(`read-${o.offerId}`)}
              selected={confirmed}
              options={[{ value: o.offerId, label: t('case.evidence.confirm') }]}
            />
          </Section>
        ))}
        <Button>{t('form.saveContinue')}</Button>
      </Form>
    </div>
  )
}
