import { data, Form, Link, redirect } from 'react-router'
import { formatDateTime } from '#domain/i18n/format.ts'
import { CaseNav } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { setProcessingConsent } from '#server/use-cases/cases/consent.ts'
import { requireMemberCase } from './member-case.server.ts'
import type { Route } from './+types/consent'

// Consent to process health data: what, why and for how long, in plain words,
// given by ticking a box (never pre-ticked) and withdrawn the same way.
export async function loader({ request, params }: Route.LoaderArgs) {
  const { found } = await requireMemberCase(request, params.caseId)
  return {
    caseId: found.row.id,
    givenAt: found.row.processingConsentAt,
    stage: found.row.stage,
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const { rt, viewer, found } = await requireMemberCase(request, params.caseId)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  if (intent === 'withdraw') {
    await setProcessingConsent(rt, viewer.id, found, false)
    throw redirect(`/patient/cases/${found.row.id}/consent`, 303)
  }
  if (form.get('agree') !== 'yes') return data({ error: true }, { status: 400 })
  await setProcessingConsent(rt, viewer.id, found, true)
  throw redirect(`/patient/cases/${found.row.id}/sharing`, 303)
}

export default function ConsentPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const error = actionData?.error ? t('consent.error') : undefined
  return (
    <div>
      <PageTitle title={t('consent.title')} error={Boolean(error)} />
      <ErrorSummary errors={error ? [{ fieldId: 'agree', message: error }] : []} />
      <h1 className="heading-xl">{t('consent.title')}</h1>
      <CaseNav caseId={loaderData.caseId} current="consent" />
      <div className="two-thirds">
        <h2 className="heading-m">{t('consent.what.title')}</h2>
        <p className="body">{t('consent.what.body')}</p>
        <h2 className="heading-m">{t('consent.why.title')}</h2>
        <p className="body">{t('consent.why.body')}</p>
        <h2 className="heading-m">{t('consent.who.title')}</h2>
        <p className="body">{t('consent.who.body')}</p>
        <h2 className="heading-m">{t('consent.long.title')}</h2>
        <p className="body">{t('consent.long.body')}</p>
        <h2 className="heading-m">{t('consent.rights.title')}</h2>
        <p className="body">{t('consent.rights.body')}</p>
        {loaderData.givenAt ? (
          <>
            <p className="body">
              <strong>
                {t('consent.givenOn', { date: formatDateTime(locale, new Date(loaderData.givenAt)) })}
              </strong>
            </p>
            <p className="body">
              <Link to={`/patient/cases/${loaderData.caseId}/sharing`}>{t('consent.manageSharing')}</Link>
            </p>
            <Form method="post">
              <input type="hidden" name="intent" value="withdraw" />
              <Button variant="warning">{t('consent.withdraw')}</Button>
            </Form>
          </>
        ) : (
          <Form method="post" noValidate>
            <Choices
              type="checkbox"
              name="agree"
              id="agree"
              legend={t('consent.legend')}
              error={error}
              selected={[]}
              options={[{ value: 'yes', label: t('consent.agree') }]}
            />
            <Button>{t('consent.submit')}</Button>
          </Form>
        )}
      </div>
    </div>
  )
}
