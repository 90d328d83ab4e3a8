import type { ReactNode } from 'react'
import { useT } from '#app/lib/i18n.ts'

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
  const t = useT()
  const hintId = props.hint ? `${props.id}-hint` : undefined
  const errorId = props.error ? `${props.id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const label = (
    <label className={props.labelIsHeading ? 'label label--heading' : 'label'} htmlFor={props.id}>
      {props.label}
    </label>
  )
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      {props.labelIsHeading ? <h1 className="heading-l">{label}</h1> : label}
      {props.hint ? (
        <div className="hint" id={hintId}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {props.error}
        </p>
      ) : null}
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
