import type { ReactNode } from 'react'
import { useT } from '#app/lib/i18n.ts'
import { describedBy as describedByOf, FieldError, FieldHint } from './field-messages.tsx'

/**
 * GOV.UK date input: day, month and year boxes with numeric keyboards. Errors
 * link to the first box; `prefix` lets one page hold two dates.
 */
export function DateInput(props: {
  prefix?: string
  legend: ReactNode
  legendIsHeading?: boolean
  hint?: string
  error?: string
  errorField?: string
  values: Record<string, string[]>
}) {
  const t = useT()
  const prefix = props.prefix ?? ''
  const { hintId, errorId, describedBy } = describedByOf(`${prefix}date`, props.hint, props.error)
  const part = (name: 'day' | 'month' | 'year', digits: 2 | 4) => {
    const id = `${prefix}${name}`
    const invalid =
      Boolean(props.error) &&
      (!props.errorField || props.errorField === id || props.errorField.endsWith('day'))
    return (
      <div className="date-input__item">
        <label className="label date-input__label" htmlFor={id}>
          {t(`form.date.${name}`)}
        </label>
        <input
          className={`input date-input__input--${digits}${invalid ? ' input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={props.values[id]?.[0] ?? ''}
          aria-invalid={invalid || undefined}
        />
      </div>
    )
  }
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy} role="group">
        <legend className={props.legendIsHeading ? 'fieldset__legend--heading' : 'label'}>
          {props.legendIsHeading ? <h1 className="heading-l">{props.legend}</h1> : props.legend}
        </legend>
        <FieldHint id={hintId}>{props.hint}</FieldHint>
        <FieldError id={errorId}>{props.error}</FieldError>
        <div className="date-input" dir="ltr">
          {part('day', 2)}
          {part('month', 2)}
          {part('year', 4)}
        </div>
      </fieldset>
    </div>
  )
}
