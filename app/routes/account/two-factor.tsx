import { Form, Link } from 'react-router'
import { AccountForm, AccountPage, CodeField, PasswordField } from '#app/components/account-form.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { codeSchema, passwordOnlySchema } from '#app/forms/account-forms.ts'
import { failure, fieldsOf, parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { failureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { redirectWithCookies, requireUser, runtime, safeNext } from '#app/request.server.ts'
import { homeAreaOf, isStaff, mayTurnOffTwoStep } from '#domain/accounts/roles.ts'
import {
  enrolmentQr,
  makeNewBackupCodes,
  startTwoFactorEnrolment,
  turnOffTwoStep,
  verifyTwoFactorCode,
} from '#server/use-cases/accounts/two-factor.ts'
import { Field } from '#app/components/patterns/field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import type { Route } from './+types/two-factor'

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request)
  return {
    // Staff must have it; for a family member it is a choice that protects their records.
    staff: isStaff(user.role),
    enabled: user.twoFactorEnabled,
    mayTurnOff: mayTurnOffTwoStep(user.role),
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
  const user = await requireUser(request)
  const form = await readForm(request)
  const rt = await runtime()
  const next = safeNext(String(form.get('next') ?? ''), '/account')
  // Once it is on: new backup codes, or (a family member only) turning it off, each with the password.
  const intent = form.get('intent')
  if (user.twoFactorEnabled && (intent === 'new-codes' || intent === 'turn-off')) {
    const field = intent === 'new-codes' ? 'codesPassword' : 'offPassword'
    const password = String(form.get(field) ?? '')
    const fields = { intent: [intent] }
    if (password === '') return failure(fields, [{ field, key: 'error.password.required' }])
    if (intent === 'new-codes') {
      const made = await makeNewBackupCodes(rt, user, password, request)
      if (!made.ok) return refuse(made.error, fields, { field })
      return { newCodes: made.value.backupCodes }
    }
    const off = await turnOffTwoStep(rt, user, password, request)
    if (!off.ok) return refuse(off.error, fields, { field })
    return redirectWithCookies('/account?two-step=off', off.value.setCookies)
  }
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
  const failed = failureView(actionData, t, ['password', 'code', 'codesPassword', 'offPassword'])
  const setup = actionData && 'step' in actionData ? (actionData as Setup) : keptSetup(failed)
  const newCodes = actionData && 'newCodes' in actionData ? (actionData.newCodes as string[]) : null
  const confirming = setup !== null || failed.value('intent') === 'confirm'
  const next = setup?.next ?? failed.value('next') ?? loaderData.next

  if (loaderData.enabled) {
    return (
      <AccountPage title={t('twoFactor.enrol.title')} failed={failed} lede={t('twoFactor.manage.lede')}>
        {newCodes ? (
          <NotificationBanner tone="success" title={t('twoFactor.manage.codesMade')}>
            <p className="body">{t('twoFactor.manage.codesMadeHint')}</p>
            <ul className="code-list" dir="ltr" data-testid="new-backup-codes">
              {newCodes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </NotificationBanner>
        ) : null}
        <h2 className="heading-m">{t('twoFactor.manage.codesTitle')}</h2>
        <p className="body">{t('twoFactor.manage.codesLede')}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="new-codes" />
          <Field
            id="codesPassword"
            name="codesPassword"
            type="password"
            label={t('field.password.label')}
            error={failed.errorFor('codesPassword')}
            autoComplete="current-password"
            dir="ltr"
          />
          <Button variant="secondary">{t('twoFactor.manage.codesSubmit')}</Button>
        </Form>
        {loaderData.mayTurnOff ? (
          <>
            <h2 className="heading-m">{t('twoFactor.manage.offTitle')}</h2>
            <p className="body">{t('twoFactor.manage.offLede')}</p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="turn-off" />
              <Field
                id="offPassword"
                name="offPassword"
                type="password"
                label={t('field.password.label')}
                error={failed.errorFor('offPassword')}
                autoComplete="current-password"
                dir="ltr"
              />
              <Button variant="warning">{t('twoFactor.manage.offSubmit')}</Button>
            </Form>
          </>
        ) : (
          <p className="body">{t('twoFactor.manage.staff')}</p>
        )}
        <p className="body">
          <Link to={next}>{t('layout.nav.area')}</Link>
        </p>
      </AccountPage>
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
