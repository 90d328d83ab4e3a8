import { Form } from 'react-router'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { hypoxicChallengeResults } from '#domain/travel/fit-to-fly.ts'
import type { TripItemKind } from '#domain/travel/trip-items.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import type { FailureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'

// The coordinator's forms for the trip (ADR 0064): the fit-to-fly check and
// one item of the plan. Plain forms that post to the page's action; what was
// typed comes back with each problem on its field.

type Values = Record<string, string>

export const fitFields = [
  'homeVentilation',
  'orthopnoea',
  'fvcPercent',
  'fvcDate',
  'bulbar',
  'signOffBy',
  'signOffDate',
  'hypoxicChallenge',
  'oxygenPlanned',
]

export function FitToFlyForm({
  values,
  failed,
  suggested,
}: {
  values: Values
  failed: FailureView
  suggested: boolean
}) {
  const t = useT()
  const v = (f: string) => failed.value(f, values[f] ?? '') ?? ''
  const yesNo = [
    { value: 'yes', label: t('trip.yes') },
    { value: 'no', label: t('trip.no') },
  ]
  const date = (name: string, label: MessageKey) => (
    <Field
      name={name}
      label={t(label)}
      hint={t('trip.dateHint')}
      defaultValue={v(name)}
      error={failed.errorFor(name)}
      width="half"
      dir="ltr"
      autoComplete="off"
    />
  )
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="command" value="fit" />
      <h2 className="heading-m">{t('trip.fit.form.heading')}</h2>
      {suggested ? <p className="body hint">{t('trip.fit.form.suggested')}</p> : null}
      <Choices
        type="radio"
        name="homeVentilation"
        legend={t('trip.fit.form.homeVentilation')}
        options={yesNo}
        selected={[v('homeVentilation')]}
        error={failed.errorFor('homeVentilation')}
      />
      <Choices
        type="radio"
        name="orthopnoea"
        legend={t('trip.fit.form.orthopnoea')}
        options={yesNo}
        selected={[v('orthopnoea')]}
        error={failed.errorFor('orthopnoea')}
      />
      <Field
        name="fvcPercent"
        label={t('trip.fit.form.fvcPercent')}
        defaultValue={v('fvcPercent')}
        error={failed.errorFor('fvcPercent')}
        width="code"
        inputMode="decimal"
        dir="ltr"
        autoComplete="off"
      />
      {date('fvcDate', 'trip.fit.form.fvcDate')}
      <Choices
        type="radio"
        name="bulbar"
        legend={t('trip.fit.form.bulbar')}
        options={(['severe', 'not-severe', 'unknown'] as const).map((b) => ({
          value: b,
          label: t(`trip.fit.form.bulbar.${b}`),
        }))}
        selected={[v('bulbar')]}
        error={failed.errorFor('bulbar')}
      />
      <Field
        name="signOffBy"
        label={t('trip.fit.form.signOffBy')}
        defaultValue={v('signOffBy')}
        error={failed.errorFor('signOffBy')}
        autoComplete="off"
      />
      {date('signOffDate', 'trip.fit.form.signOffDate')}
      <Choices
        type="radio"
        name="hypoxicChallenge"
        legend={t('trip.fit.form.hypoxicChallenge')}
        options={hypoxicChallengeResults.map((r) => ({ value: r, label: t(`trip.fit.test.${r}`) }))}
        selected={[v('hypoxicChallenge') || 'not-done']}
        error={failed.errorFor('hypoxicChallenge')}
      />
      <Choices
        type="radio"
        name="oxygenPlanned"
        legend={t('trip.fit.form.oxygenPlanned')}
        options={yesNo}
        selected={[v('oxygenPlanned') || 'no']}
        error={failed.errorFor('oxygenPlanned')}
      />
      <Button>{t('trip.fit.form.submit')}</Button>
    </Form>
  )
}

const fieldsByKind: Record<TripItemKind, string[]> = {
  flight: [
    'carrier',
    'number',
    'from',
    'to',
    'departsDate',
    'departsTime',
    'departsZone',
    'arrivesDate',
    'arrivesTime',
    'arrivesZone',
  ],
  stay: ['name', 'address', 'checkIn', 'checkOut'],
  pickup: ['atDate', 'atTime', 'atZone', 'place'],
  interpreter: ['name', 'languages', 'phone'],
  contact: ['name', 'role', 'phone'],
}
const featuresByKind: Partial<Record<TripItemKind, string[]>> = {
  stay: ['accessibleRoom', 'hoist', 'powerForNiv'],
  pickup: ['wheelchairVehicle'],
}

export const itemFieldOrder = ['form', ...new Set(Object.values(fieldsByKind).flat())]

/** One item of the plan: added (no id) or changed (its id and the version the page showed). */
export function TripItemForm({
  kind,
  values,
  failed,
  item,
}: {
  kind: TripItemKind
  values: Values
  failed: FailureView
  item?: { id: string; version: number }
}) {
  const t = useT()
  const v = (f: string) => failed.value(f, values[f] ?? '') ?? ''
  const ltr = (f: string) => /Date|Time|Zone|^from$|^to$|number|phone|check/.test(f)
  const hint = (f: string) =>
    f.endsWith('Zone') ? t('trip.form.zoneHint') : /Date$|^check/.test(f) ? t('trip.dateHint') : undefined
  const features = featuresByKind[kind] ?? []
  return (
    <Form method="post" noValidate id="item-form">
      <input type="hidden" name="command" value={item ? 'change' : 'add'} />
      <input type="hidden" name="kind" value={kind} />
      {item ? (
        <>
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="version" value={String(item.version)} />
        </>
      ) : null}
      <h2 className="heading-m">{item ? t('trip.edit.heading') : t(`trip.add.kind.${kind}`)}</h2>
      {fieldsByKind[kind].map((f) => (
        <Field
          key={f}
          name={f}
          label={t(`trip.form.${f}` as MessageKey)}
          hint={hint(f)}
          defaultValue={v(f)}
          error={failed.errorFor(f)}
          width={ltr(f) ? 'half' : 'full'}
          dir={ltr(f) ? 'ltr' : undefined}
          type={f === 'phone' ? 'tel' : 'text'}
          autoComplete="off"
        />
      ))}
      {features.length > 0 ? (
        <Choices
          type="checkbox"
          name="features"
          legend={t('trip.form.features')}
          options={features.map((f) => ({ value: f, label: t(`trip.form.${f}` as MessageKey) }))}
          selected={failed.failed ? failed.values('features') : features.filter((f) => values[f] === 'yes')}
        />
      ) : null}
      <Button>{t('trip.form.save')}</Button>
    </Form>
  )
}
