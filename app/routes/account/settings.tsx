import { Form, Link, redirect } from 'react-router'
import { asksDigestTimeZone, mayRename } from '#domain/accounts/account-settings.ts'
import { locales, localeInfo } from '#domain/i18n/locales.ts'
import { currentZones, timeZoneChoices } from '#domain/intake/time-zones.ts'
import { AccountPage } from '#app/components/account-form.tsx'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { localeOf, requireUser, runtime } from '#app/request.server.ts'
import { readAccountSettings, saveAccountSettings } from '#server/use-cases/accounts/account-settings.ts'
import type { Route } from './+types/settings'

// The account's own details (name, email language, a coordinator's digest
// time zone), changed on one plain form. The page's language is the switch
// at the top of every page; the email language is the account's, because an
// email is written when no page is open.
const zones = currentZones([...Intl.supportedValuesOf('timeZone'), 'UTC'])
const formOrder = ['name', 'locale', 'digestTimeZone']

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  const settings = await readAccountSettings(await runtime(), viewer)
  return {
    settings,
    mayRename: mayRename(viewer.role),
    // Named on the server: the browser's ICU may name zones differently, which would break hydration.
    zones: asksDigestTimeZone(viewer.role) ? timeZoneChoices(localeOf(request), zones, new Date()) : null,
  }
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0]
  const saved = await saveAccountSettings(
    await runtime(),
    viewer,
    { name: one('name'), locale: one('locale'), digestTimeZone: one('digestTimeZone') },
    request.headers.get('x-request-id'),
  )
  if (!saved.ok) return refuse(saved.error, fields)
  throw redirect('/account?saved=1', 303)
}

export default function AccountSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, formOrder)
  const { settings, zones: zoneChoices } = loaderData
  return (
    <AccountPage title={t('account.settings.title')} failed={failed}>
      <Form method="post" noValidate>
        {loaderData.mayRename ? (
          <Field
            id="name"
            name="name"
            label={t('account.settings.name')}
            hint={t('account.settings.nameHint')}
            error={failed.errorFor('name')}
            defaultValue={failed.value('name', settings.name)}
            autoComplete="name"
            dir="auto"
          />
        ) : (
          <>
            <h2 className="heading-s">{t('account.settings.name')}</h2>
            <p className="body">
              <bdi>{settings.name}</bdi>
            </p>
            <p className="hint">{t('account.settings.nameFixed')}</p>
          </>
        )}
        <Choices
          type="radio"
          name="locale"
          legend={t('account.settings.language')}
          hint={t('account.settings.languageHint')}
          error={failed.errorFor('locale')}
          selected={[failed.value('locale', settings.locale) ?? '']}
          options={locales.map((l) => ({ value: l, label: localeInfo[l].nativeName, lang: l }))}
        />
        {zoneChoices ? (
          <SelectField
            name="digestTimeZone"
            label={t('account.settings.digestTimeZone')}
            hint={t('account.settings.digestTimeZoneHint')}
            error={failed.errorFor('digestTimeZone')}
            value={failed.value('digestTimeZone', settings.digestTimeZone ?? 'UTC') ?? null}
            options={zoneChoices.map((z) => ({ value: z.zone, label: t('intake.timeZone.option', z) }))}
          />
        ) : null}
        <Button>{t('account.settings.submit')}</Button>
      </Form>
      <p className="body">
        <Link to="/account">{t('account.settings.back')}</Link>
      </p>
    </AccountPage>
  )
}
