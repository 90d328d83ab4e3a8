import { Form } from 'react-router'
import type { MessageKey } from '#domain/i18n/translate.ts'
import {
  actionsTaken,
  adverseEventOutcomes,
  ctcaeGrades,
  seriousnessCriteria,
  suspectedRelations,
} from '#domain/treatment/adverse-event.ts'
import { Choices } from '#app/components/patterns/choices.tsx'
import { Field } from '#app/components/patterns/field.tsx'
import { Section } from '#app/components/patterns/section.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import type { FailureView } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'

// Reporting an adverse event, the same form for the clinic and the family.
// Fields carry the "e." prefix (app/forms/treatment-form.ts).
export const adverseEventFields = [
  'e.description',
  'e.onset',
  'e.grade',
  'e.criteria',
  'e.outcome',
  'e.action',
  'e.relation',
] as const

/** The family is asked in everyday words; the clinic reads the CTCAE grade it records. */
export function AdverseEventForm({
  failed,
  by = 'clinic',
}: {
  failed: FailureView
  by?: 'clinic' | 'family'
}) {
  const t = useT()
  const choose = (name: string, prefix: string, values: readonly (string | number)[], label: MessageKey) => (
    <SelectField
      name={`e.${name}`}
      label={t(label)}
      anyLabel={t('treatment.field.choose')}
      value={failed.value(`e.${name}`) ?? null}
      error={failed.errorFor(`e.${name}`)}
      options={values.map((v) => ({ value: String(v), label: t(`${prefix}.${v}` as MessageKey) }))}
    />
  )
  return (
    <Section id="report-event" title={t('treatment.form.event.title')}>
      <Form method="post" noValidate className="two-thirds">
        <input type="hidden" name="intent" value="adverse-event" />
        <p className="hint">{t('treatment.form.event.hint')}</p>
        <TextareaField
          name="e.description"
          label={t('treatment.field.description')}
          error={failed.errorFor('e.description')}
          defaultValue={failed.value('e.description')}
          rows={4}
        />
        <Field
          name="e.onset"
          label={t('treatment.field.onset')}
          hint={t('treatment.field.dateHint')}
          width="half"
          dir="ltr"
          error={failed.errorFor('e.onset')}
          defaultValue={failed.value('e.onset')}
        />
        {choose(
          'grade',
          by === 'family' ? 'treatment.gradeFamily' : 'treatment.grade',
          ctcaeGrades,
          by === 'family' ? 'treatment.field.gradeFamily' : 'treatment.field.grade',
        )}
        <Choices
          type="checkbox"
          name="e.criteria"
          legend={t('treatment.field.criteria')}
          hint={t('treatment.field.criteriaHint')}
          selected={failed.values('e.criteria')}
          options={seriousnessCriteria.map((c) => ({
            value: c,
            label: t(`treatment.criterion.${c}` as MessageKey),
          }))}
        />
        {choose('outcome', 'treatment.outcome', adverseEventOutcomes, 'treatment.field.outcome')}
        {choose(
          'action',
          'treatment.action',
          actionsTaken,
          by === 'family' ? 'treatment.field.actionFamily' : 'treatment.field.action',
        )}
        {choose('relation', 'treatment.relation', suspectedRelations, 'treatment.field.relation')}
        <Button>{t('treatment.form.event.save')}</Button>
      </Form>
    </Section>
  )
}
