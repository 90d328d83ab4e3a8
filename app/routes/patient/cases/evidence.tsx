import { data, Form, Link, redirect } from 'react-router'
import { Choices } from '#app/components/patterns/choices.tsx'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { PolicyReasons } from '#app/components/policy-reasons.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useT } from '#app/lib/i18n.ts'
import { acknowledgeEvidence, offersToAcknowledge } from '#server/use-cases/cases/choose-offers.ts'
import { formFields, requireEditable, requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/evidence'

export async function loader({ request, params }: Route.LoaderArgs) {
  const { rt, found } = await requireMemberCase(request, params.caseId)
  requireEditable(found)
  return { caseId: found.row.id, offers: await offersToAcknowledge(rt, found.row.id) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { rt, viewer, found } = await requireMemberCase(request, params.caseId)
  requireEditable(found)
  const fields = formFields(await request.formData())
  const offers = await offersToAcknowledge(rt, found.row.id)
  const confirmed = fields['read'] ?? []
  const missing = offers.filter((o) => !confirmed.includes(o.offerId))
  if (missing.length > 0) return data({ confirmed, missing: missing.map((m) => m.offerId) }, { status: 400 })
  await acknowledgeEvidence(
    rt,
    viewer.id,
    found,
    offers.map((o) => o.offerId),
  )
  throw redirect(`/patient/cases/${found.row.id}`)
}

export default function EvidencePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const confirmed =
    actionData?.confirmed ?? loaderData.offers.filter((o) => o.acknowledged).map((o) => o.offerId)
  const errors = (actionData?.missing ?? []).map((id) => ({
    fieldId: `read-${id}`,
    message: t('case.evidence.error'),
  }))
  return (
    <div className="two-thirds">
      <PageTitle title={t('case.evidence.title')} error={errors.length > 0} />
      <Link to={`/patient/cases/${loaderData.caseId}/providers`} className="back-link">
        {t('form.back')}
      </Link>
      <ErrorSummary errors={errors} />
      <h1 className="heading-xl">{t('case.evidence.title')}</h1>
      <p className="body">{t('case.evidence.lede')}</p>
      <Form method="post" noValidate>
        {loaderData.offers.map((o) => (
          <section className="offer" key={o.offerId} aria-labelledby={`offer-${o.offerId}`}>
            <h2 className="heading-m" id={`offer-${o.offerId}`}>
              {o.title} — {o.providerName}
            </h2>
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
              error={actionData?.missing.includes(o.offerId) ? t('case.evidence.error') : undefined}
              selected={confirmed}
              options={[{ value: o.offerId, label: t('case.evidence.confirm') }]}
            />
          </section>
        ))}
        <Button>{t('form.saveContinue')}</Button>
      </Form>
    </div>
  )
}
