import type { ReactNode } from 'react'
import { describedBy as describedByOf, FieldError, FieldHint } from './field-messages.tsx'

/** A labelled textarea; the label may be the page heading (one question per page). */
export function TextareaField(props: {
  id: string
  name: string
  label: ReactNode
  labelIsHeading?: boolean
  hint?: string
  error?: string
  defaultValue?: string
  rows?: number
}) {
  const { hintId, errorId, describedBy } = describedByOf(props.id, props.hint, props.error)
  const label = (
    <label className={props.labelIsHeading ? 'label label--heading' : 'label'} htmlFor={props.id}>
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
        id={props.id}
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
