import { Link } from 'react-router'
import { AccountForm, AccountPage, CodeField, PasswordField } from '#app/components/account-form.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { codeSchema, passwordOnlySchema } from '#app/forms/account-forms.ts'
import { failure, fieldsOf, parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { failureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, requireUser, runtime, safeNext } from '#app/request.server.ts'
import { homeAreaOf, isStaff } from '#domain/accounts/roles.ts'
import {
  enrolmentQr,
  startTwoFactorEnrolment,
  verifyTwoFactorCode,
} from '#server/use-cases/accounts/two-factor.ts'
import type { Route } from './+types/two-factor'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request)
  return {
    // Staff must have it; for a family member it is a choice that protects their records.
    staff: isStaff(user.role),
    enabled: user.twoFactorEnabled,
    next: safeNext(new URL(request.url).searchParams.get('next'), `/${homeAreaOf(user.role)}`),
  }
}

type Setup = {
  step: 'confirm'
  qr: string
  totpUri: string
  secret: string
  backupCodes: string[]
  next: string
}

export async function action({ request }: Route.ActionArgs) {
  await requireUser(request)
  const form = await readForm(request)
  const rt = await runtime()
  const next = safeNext(String(form.get('next') ?? ''), '/account')
  if (form.get('intent') === 'confirm') {
    const parsed = parseForm(form, codeSchema)
    const result = parsed.ok ? await verifyTwoFactorCode(rt, parsed.value.code, request) : null
    if (result?.ok) return redirectWithCookies(next, result.value.setCookies)
    // The key, its QR code and the backup codes are shown only until a code
    // confirms them: a mistyped code keeps them on the page (they come back
    // with the form; the QR code is drawn again from the key).
    const qr = await enrolmentQr(String(form.get('totpUri') ?? ''))
    const fields = { ...fieldsOf(form), qr: qr ? [qr] : [] }
    if (!parsed.ok) return failure(fields, parsed.response.data.errors)
    return refuse(result!.error, fields)
  }
  const parsed = parseForm(form, passwordOnlySchema, { secret: ['password'] })
  if (!parsed.ok) return parsed.response
  const result = await startTwoFactorEnrolment(rt, parsed.value.password, request)
  if (!result.ok) return refuse(result.error, parsed.fields, { secret: ['password'] })
  const setup: Setup = {
    step: 'confirm',
    qr: result.value.qrSvgDataUrl,
    totpUri: result.value.totpUri,
    secret: result.value.secret,
    backupCodes: result.value.backupCodes,
    next,
  }
  return setup
}

/** The set-up a refused code came back with: the key from its URI, the codes, the QR code drawn again. */
function keptSetup(failed: ReturnType<typeof failureView>): Setup | null {
  const totpUri = failed.value('totpUri')
  const qr = failed.value('qr')
  if (!totpUri || !qr) return null
  return {
    step: 'confirm',
    qr,
    totpUri,
    secret: new URL(totpUri).searchParams.get('secret') ?? '',
    backupCodes: (failed.value('backupCodes') ?? '').split(' ').filter(Boolean),
    next: failed.value('next') ?? '',
  }
}

export default function TwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = failureView(actionData, t, ['password', 'code'])
  const setup = actionData && 'step' in actionData ? (actionData as Setup) : keptSetup(failed)
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
    <AccountPage
      title={t('twoFactor.enrol.title')}
      failed={failed}
      lede={t(loaderData.staff ? 'twoFactor.enrol.lede' : 'twoFactor.enrol.ledeFamily')}
    >
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
          <AccountForm
            submit={t('twoFactor.enrol.confirm')}
            hidden={{
              intent: 'confirm',
              next,
              ...(setup ? { totpUri: setup.totpUri, backupCodes: setup.backupCodes.join(' ') } : {}),
            }}
          >
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
