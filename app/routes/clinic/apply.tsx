import { Form, redirect } from 'react-router'
import { displayName } from '#domain/i18n/format.ts'
import { countryCodes, languageCodes } from '#domain/intake/select-options.ts'
import { currentZones, timeZoneChoices } from '#domain/intake/time-zones.ts'
import { providerKinds } from '#domain/review/clinic-application.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { EmailField } from '#app/components/patterns/email-field.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { readFields, refuse } from '#app/forms/action.server.ts'
import { localeOf, requireUser } from '#app/request.server.ts'
import { applyForClinic, mayApplyForClinic } from '#server/use-cases/review/apply-for-clinic.ts'
import type { Route } from './+types/apply'

// A clinic applies to be listed (issue 16, ADR 0053). Anyone signed in may
// open the page; someone not signed in is sent to sign in and back here. An
// account that already serves a family or holds another staff role is told
// so before the form, and refused again by the use case.
const zones = currentZones(Intl.supportedValuesOf('timeZone'))
const formOrder = [
  'name',
  'kind',
  'country',
  'city',
  'address',
  'registrationNumber',
  'contactEmail',
  'contactPhone',
  'languages',
  'internationalDesk',
  'timeZone',
]

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireUser(request)
  const locale = localeOf(request)
  // Named here, on the server: the browser's ICU names some places otherwise
  // ("Hong Kong SAR China" or "Hong Kong"), which broke hydration and wiped
  // what was typed before the page finished loading.
  const named = (kind: 'region' | 'language', codes: readonly string[]) =>
    codes
      .map((c) => ({ value: c, label: displayName(locale, kind, c) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale))
  return {
    mayApply: await mayApplyForClinic(await caseDeps(), viewer.id),
    zones: timeZoneChoices(locale, zones, new Date()),
    countries: named('region', countryCodes),
    languages: named('language', languageCodes),
  }
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireUser(request)
  const fields = await readFields(request)
  const one = (name: string) => fields[name]?.[0]
  const applied = await applyForClinic(await caseDeps(), viewer.id, {
    name: one('name'),
    kind: one('kind'),
    country: one('country'),
    city: one('city'),
    address: one('address'),
    registrationNumber: one('registrationNumber'),
    contactEmail: one('contactEmail'),
    contactPhone: one('contactPhone'),
    languages: fields['languages'] ?? [],
    internationalDesk: one('internationalDesk'),
    timeZone: one('timeZone'),
  })
  if (!applied.ok) return refuse(applied.error, fields)
  // A new staff account is asked to set up two-step sign-in on the way (requireArea).
  throw redirect(`/clinic/onboarding/${applied.value.providerId}`, 303)
}

export default function ApplyForClinic({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const failed = useFailure(actionData, formOrder)
  if (!loaderData.mayApply) {
    return (
      <div className="two-thirds">
        <PageHeader title={t('apply.notEligible.title')} />
        <p className="body">{t('onboarding.error.accountInUse')}</p>
      </div>
    )
  }
  return (
    <div className="two-thirds">
      <PageHeader title={t('apply.title')} failure={failed} lede={t('apply.lede')} />
      <p className="body">{t('apply.roleNote')}</p>
      <Form method="post" noValidate>
        <h2 className="heading-m">{t('apply.section.organisation')}</h2>
        <Field
          name="name"
          label={t('apply.name')}
          error={failed.errorFor('name')}
          defaultValue={failed.value('name')}
          autoComplete="organization"
        />
        <Choices
          type="radio"
          name="kind"
          legend={t('apply.kind')}
          options={providerKinds.map((k) => ({ value: k, label: t(`apply.kind.${k}`) }))}
          selected={failed.values('kind')}
          error={failed.errorFor('kind')}
        />
        <SelectField
          name="country"
          label={t('apply.country')}
          options={loaderData.countries}
          value={failed.value('country') ?? null}
          anyLabel={t('apply.choose')}
          error={failed.errorFor('country')}
        />
        <Field
          name="city"
          label={t('apply.city')}
          error={failed.errorFor('city')}
          defaultValue={failed.value('city')}
          autoComplete="address-level2"
        />
        <TextareaField
          name="address"
          label={t('apply.address')}
          error={failed.errorFor('address')}
          defaultValue={failed.value('address')}
          rows={3}
        />
        <Field
          name="registrationNumber"
          label={t('apply.registrationNumber')}
          hint={t('apply.registrationNumber.hint')}
          error={failed.errorFor('registrationNumber')}
          defaultValue={failed.value('registrationNumber')}
          autoComplete="off"
          dir="ltr"
        />
        <h2 className="heading-m">{t('apply.section.contact')}</h2>
        <EmailField
          name="contactEmail"
          label={t('apply.contactEmail')}
          error={failed.errorFor('contactEmail')}
          defaultValue={failed.value('contactEmail')}
          autoComplete="email"
        />
        <Field
          name="contactPhone"
          type="tel"
          label={t('apply.contactPhone')}
          hint={t('apply.contactPhone.hint')}
          error={failed.errorFor('contactPhone')}
          defaultValue={failed.value('contactPhone')}
          autoComplete="tel"
          dir="ltr"
        />
        <Choices
          type="checkbox"
          name="languages"
          legend={t('apply.languages')}
          hint={t('apply.languages.hint')}
          options={loaderData.languages}
          selected={failed.values('languages')}
          error={failed.errorFor('languages')}
        />
        <Choices
          type="radio"
          name="internationalDesk"
          legend={t('apply.internationalDesk')}
          options={[
            { value: 'yes', label: t('onboarding.yes') },
            { value: 'no', label: t('onboarding.no') },
          ]}
          selected={failed.values('internationalDesk')}
          error={failed.errorFor('internationalDesk')}
        />
        <SelectField
          name="timeZone"
          label={t('apply.timeZone')}
          hint={t('apply.timeZone.hint')}
          options={loaderData.zones.map((z) => ({ value: z.zone, label: t('intake.timeZone.option', z) }))}
          value={failed.value('timeZone') ?? null}
          anyLabel={t('apply.choose')}
          error={failed.errorFor('timeZone')}
        />
        <Button>{t('apply.submit')}</Button>
      </Form>
    </div>
  )
}
