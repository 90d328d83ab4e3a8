import type { ReactNode } from 'react'
import { describedBy as describedByOf, FieldError, FieldHint, type ControlProps } from './field-messages.tsx'

/** A labelled textarea; the label may be the page heading (one question per page). */
export function TextareaField(
  props: ControlProps & {
    label: ReactNode
    labelIsHeading?: boolean
    defaultValue?: string
    rows?: number
  },
) {
  const id = props.id ?? props.name
  const { hintId, errorId, describedBy } = describedByOf(id, props.hint, props.error)
  const label = (
    <label className={props.labelIsHeading ? 'label label--heading' : 'label'} htmlFor={id}>
      {props.label}
    </label>
  )
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      {props.labelIsHeading ? <h1 className="heading-l">{label}</h1> : label}
      <FieldHint id={hintId}>{props.hint}</FieldHint>
      <FieldError id={errorId}>{props.error}</FieldError>
      <textarea
        className={`textarea${props.error ? ' input--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 6}
        defaultValue={props.defaultValue}
        aria-describedby={describedBy}
        aria-invalid={props.error ? true : undefined}
        dir="auto"
      />
    </div>
  )
}
