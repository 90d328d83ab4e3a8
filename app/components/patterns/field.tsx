import type { InputHTMLAttributes } from 'react'
import { useT } from '#app/lib/i18n.ts'
import { describedBy as describedByOf, FieldError, FieldHint, type ControlProps } from './field-messages.tsx'

export type FieldProps = ControlProps & {
  label: string
  defaultValue?: string
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'number'
  autoComplete?: string
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode']
  width?: 'full' | 'half' | 'code'
  optional?: boolean
  dir?: 'ltr' | 'rtl' | 'auto'
  /** One question per page: the label is the page's heading (GOV.UK). */
  labelIsHeading?: boolean
}

/**
 * Numbers, phone numbers and email addresses read left to right in every
 * language: in an Arabic page "-1500.50" must not show as "1500.50-".
 */
const leftToRight = (props: FieldProps): 'ltr' | undefined =>
  props.inputMode === 'numeric' ||
  props.inputMode === 'decimal' ||
  props.inputMode === 'tel' ||
  props.inputMode === 'email' ||
  props.type === 'number' ||
  props.type === 'tel' ||
  props.type === 'email'
    ? 'ltr'
    : undefined

/** A labelled input with hint and inline error, wired with aria-describedby and aria-invalid. */
export function Field(props: FieldProps) {
  const t = useT()
  const id = props.id ?? props.name
  const { hintId, errorId, describedBy } = describedByOf(id, props.hint, props.error)
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      {props.labelIsHeading ? (
        <h1 className="heading-l">
          <label className="label--heading" htmlFor={id}>
            {props.label}
          </label>
        </h1>
      ) : (
        <label className="label" htmlFor={id}>
          {props.label}
          {props.optional ? <span className="label__optional"> {t('form.optional')}</span> : null}
        </label>
      )}
      <FieldHint id={hintId}>{props.hint}</FieldHint>
      <FieldError id={errorId}>{props.error}</FieldError>
      <input
        className={`input input--${props.width ?? 'full'}${props.error ? ' input--error' : ''}`}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-describedby={describedBy}
        aria-invalid={props.error ? true : undefined}
        dir={props.dir ?? leftToRight(props)}
        spellCheck={props.type === 'email' || props.type === 'password' ? false : undefined}
      />
    </div>
  )
}
