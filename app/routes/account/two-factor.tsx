import { Link } from 'react-router'
import { AccountForm, AccountPage, CodeField, PasswordField } from '#app/components/account-form.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { codeSchema, passwordOnlySchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { failureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, requireUser, runtime, safeNext } from '#app/request.server.ts'
import { homeAreaOf } from '#domain/accounts/roles.ts'
import { startTwoFactorEnrolment, verifyTwoFactorCode } from '#server/use-cases/accounts/two-factor.ts'
import type { Route } from './+types/two-factor'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request)
  return {
    enabled: user.twoFactorEnabled,
    next: safeNext(new URL(request.url).searchParams.get('next'), `/${homeAreaOf(user.role)}`),
  }
}

type Setup = { step: 'confirm'; qr: string; secret: string; backupCodes: string[]; next: string }

export async function action({ request }: Route.ActionArgs) {
  await requireUser(request)
  const form = await readForm(request)
  const rt = await runtime()
  const next = safeNext(String(form.get('next') ?? ''), '/account')
  if (form.get('intent') === 'confirm') {
    const parsed = parseForm(form, codeSchema)
    if (!parsed.ok) return parsed.response
    const result = await verifyTwoFactorCode(rt, parsed.value.code, request)
    if (!result.ok) return refuse(result.error, parsed.fields)
    return redirectWithCookies(next, result.value.setCookies)
  }
  const parsed = parseForm(form, passwordOnlySchema, { secret: ['password'] })
  if (!parsed.ok) return parsed.response
  const result = await startTwoFactorEnrolment(rt, parsed.value.password, request)
  if (!result.ok) return refuse(result.error, parsed.fields, { secret: ['password'] })
  const setup: Setup = {
    step: 'confirm',
    qr: result.value.qrSvgDataUrl,
    secret: result.value.secret,
    backupCodes: result.value.backupCodes,
    next,
  }
  return setup
}

export default function TwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const setup = actionData && 'step' in actionData ? (actionData as Setup) : null
  const failed = failureView(actionData, t, ['password', 'code'])
  const confirming = setup !== null || failed.value('intent') === 'confirm'
  const next = setup?.next ?? failed.value('next') ?? loaderData.next

  if (loaderData.enabled) {
    return (
      <div className="two-thirds">
        <PageTitle title={t('twoFactor.enrol.title')} />
        <NotificationBanner tone="success" title={t('twoFactor.enrol.done')} />
        <p className="body">
          <Link to={next}>{t('layout.nav.area')}</Link>
        </p>
      </div>
    )
  }
  return (
    <AccountPage title={t('twoFactor.enrol.title')} failed={failed} lede={t('twoFactor.enrol.lede')}>
      {confirming ? (
        <>
          {setup ? (
            <>
              <p className="body">{t('twoFactor.enrol.scan')}</p>
              <img
                src={setup.qr}
                alt={t('twoFactor.enrol.qrAlt')}
                width={220}
                height={220}
                className="qr-code"
              />
              <h2 className="heading-s">{t('twoFactor.enrol.key')}</h2>
              <p className="code-block" dir="ltr" data-testid="totp-secret">
                {setup.secret}
              </p>
              <h2 className="heading-s">{t('twoFactor.enrol.backup')}</h2>
              <p className="hint">{t('twoFactor.enrol.backupHint')}</p>
              <ul className="code-list" dir="ltr">
                {setup.backupCodes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          ) : null}
          <AccountForm submit={t('twoFactor.enrol.confirm')} hidden={{ intent: 'confirm', next }}>
            <CodeField failed={failed} />
          </AccountForm>
        </>
      ) : (
        <AccountForm submit={t('twoFactor.enrol.start')} hidden={{ next }}>
          <h2 className="heading-m">{t('twoFactor.enrol.password')}</h2>
          <PasswordField failed={failed} kind="current" />
        </AccountForm>
      )}
    </AccountPage>
  )
}
