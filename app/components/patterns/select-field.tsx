/** A labelled select. Options carry their own labels; an empty value means "any". */
export function SelectField({
  id,
  name,
  label,
  options,
  value,
  anyLabel,
}: {
  id: string
  name: string
  label: string
  options: { value: string; label: string }[]
  value: string | null
  anyLabel?: string
}) {
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select className="select" id={id} name={name} defaultValue={value ?? ''}>
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
