import { Form, Link, redirect } from 'react-router'
import { decideProcessingConsent, mayDecideConsent } from '#domain/cases/processing-consent.ts'
import { authorityOf } from '#domain/intake/authority.ts'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
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
  const answers = handle.answers()
  const authority = authorityOf(answers)
  const name = answers['patient-name']
  return {
    caseId: handle.case.id,
    // A case for someone else: consent is given on their behalf, on the authority the intake recorded.
    onBehalf: authority ? { authority, name: typeof name === 'string' && name ? name : null } : null,
    givenAt: handle.case.processingConsentGivenAt,
    stage: handle.case.stage,
    mayDecide: mayDecideConsent(handle.member.role),
    withdrawn: new URL(request.url).searchParams.has('withdrawn'),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const fields = await readFields(request)
  const decided = decideProcessingConsent({
    role: handle.member.role,
    withdraw: fields['intent']?.[0] === 'withdraw',
    agreed: fields['agree']?.[0] === 'yes',
    confirmedWithdrawal: fields['confirm-withdraw']?.[0] === 'yes',
  })
  if (!decided.ok) return refuse(decided.error, fields)
  const saved = await handle.setProcessingConsent(decided.value.given)
  if (!saved.ok) return refuse(saved.error, fields)
  throw redirect(
    decided.value.given
      ? casePath(handle.case.id, 'sharing')
      : `${casePath(handle.case.id, 'consent')}?withdrawn=1`,
    303,
  )
}

export default function ConsentPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const failed = useFailure(actionData)
  const error = failed.errorFor('agree')
  const onBehalf = loaderData.onBehalf
  // Named when the intake has the patient's name; said another way before it does.
  const behalfHint = onBehalf
    ? onBehalf.name
      ? t('consent.behalf.hint', { name: onBehalf.name })
      : t('consent.behalf.hint.unnamed')
    : undefined
  return (
    <CasePage caseId={loaderData.caseId} current="consent" title={t('consent.title')} failure={failed}>
      <div className="two-thirds">
        {loaderData.withdrawn && !loaderData.givenAt ? (
          <NotificationBanner tone="success" title={t('consent.withdrawn.title')}>
            <p className="body">{t('consent.withdrawn.body')}</p>
          </NotificationBanner>
        ) : null}
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
            {loaderData.mayDecide ? (
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="withdraw" />
                <Choices
                  type="checkbox"
                  name="confirm-withdraw"
                  legend={t('consent.withdraw.legend')}
                  hint={t('consent.withdraw.hint')}
                  error={failed.errorFor('confirm-withdraw')}
                  selected={[]}
                  options={[{ value: 'yes', label: t('consent.withdraw.confirm') }]}
                />
                <Button variant="warning">{t('consent.withdraw')}</Button>
              </Form>
            ) : (
              <p className="body">{t('consent.patientDecides')}</p>
            )}
          </>
        ) : !loaderData.mayDecide ? (
          <p className="body">{t('consent.patientDecides')}</p>
        ) : (
          <Form method="post" noValidate>
            <Choices
              type="checkbox"
              name="agree"
              legend={t('consent.legend')}
              hint={behalfHint}
              error={error}
              selected={[]}
              options={[
                {
                  value: 'yes',
                  label: !onBehalf
                    ? t('consent.agree')
                    : onBehalf.name
                      ? t(`consent.agree.${onBehalf.authority}`, { name: onBehalf.name })
                      : t(`consent.agree.${onBehalf.authority}.unnamed`),
                },
              ]}
            />
            <Button>{t('consent.submit')}</Button>
          </Form>
        )}
      </div>
    </CasePage>
  )
}
