import { describedBy as describedByOf, FieldError, FieldHint, type ControlProps } from './field-messages.tsx'

/** A labelled select with hint and inline error. Options carry their own labels; an empty value means "any". */
export function SelectField({
  name,
  id = name,
  label,
  options,
  value,
  anyLabel,
  hint,
  error,
  labelIsHeading,
  width,
}: ControlProps & {
  label: string
  options: { value: string; label: string }[]
  value: string | null
  anyLabel?: string
  /** One question per page: the label is the page's heading (GOV.UK). */
  labelIsHeading?: boolean
  width?: 'half'
}) {
  const ids = describedByOf(id, hint, error)
  const labelElement = (
    <label className={labelIsHeading ? 'label--heading' : 'label'} htmlFor={id}>
      {label}
    </label>
  )
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      {labelIsHeading ? <h1 className="heading-l">{labelElement}</h1> : labelElement}
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId}>{error}</FieldError>
      {/* Keyed on the value the server rendered: a form reset after a post
          (reset-forms-after-post.ts) goes back to an option's defaultSelected,
          which React sets only when the select mounts. */}
      <select
        key={value ?? ''}
        className={`select${width ? ` input--${width}` : ''}`}
        id={id}
        name={name}
        defaultValue={value ?? ''}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      >
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
