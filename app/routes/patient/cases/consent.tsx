import { Form, Link, redirect } from 'react-router'
import { decideProcessingConsent } from '#domain/cases/processing-consent.ts'
import { formatDateTime } from '#domain/i18n/format.ts'
import { CasePage } from '#app/components/case-nav.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { casePath } from '#app/lib/case-paths.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import type { Route } from './+types/consent'

// Consent to process health data: what, why and for how long, in plain words,
// given by ticking a box (never pre-ticked) and withdrawn the same way.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  return { caseId: handle.case.id, givenAt: handle.case.processingConsentGivenAt, stage: handle.case.stage }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const decided = decideProcessingConsent({
    withdraw: fields['intent']?.[0] === 'withdraw',
    agreed: fields['agree']?.[0] === 'yes',
  })
  if (!decided.ok) return refuse(decided.error, fields)
  await handle.setProcessingConsent(decided.value.given)
  throw redirect(casePath(handle.case.id, decided.value.given ? 'sharing' : 'consent'), 303)
}

export default function ConsentPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData)
  const error = failed.errorFor('agree')
  return (
    <CasePage caseId={loaderData.caseId} current="consent" title={t('consent.title')} failure={failed}>
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
              legend={t('consent.legend')}
              error={error}
              selected={[]}
              options={[{ value: 'yes', label: t('consent.agree') }]}
            />
            <Button>{t('consent.submit')}</Button>
          </Form>
        )}
      </div>
    </CasePage>
  )
}
