import type { ReactNode } from 'react'
import { localeInfo, type Locale } from '#domain/i18n/locales.ts'
import { useT } from '#app/lib/i18n.ts'
import { describedBy as describedByOf, FieldError, FieldHint, type ControlProps } from './field-messages.tsx'

export type ChoiceOption = {
  value: string
  label: string
  /** The label's own language, when it is not the page's (a language named in itself). */
  lang?: Locale
  hint?: string
  divider?: boolean
  /** More about the option, under it and outside its label, so it may hold links. */
  extra?: ReactNode
}

type ChoicesProps = ControlProps & {
  type: 'radio' | 'checkbox'
  legend: ReactNode
  /** The page's question is the legend, shown as its heading (GOV.UK). */
  legendIsHeading?: boolean
  options: ChoiceOption[]
  selected: readonly string[]
  children?: ReactNode
}

/** GOV.UK radios and checkboxes: one fieldset, a legend, large targets, inline error. */
export function Choices(props: ChoicesProps) {
  const t = useT()
  // The first input carries the id, which the error summary links to.
  const firstId = props.id ?? props.name
  const { hintId, errorId, describedBy } = describedByOf(firstId, props.hint, props.error)
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className={props.legendIsHeading ? 'fieldset__legend--heading' : 'label'}>
          {props.legendIsHeading ? <h1 className="heading-l">{props.legend}</h1> : props.legend}
        </legend>
        <FieldHint id={hintId}>{props.hint}</FieldHint>
        <FieldError id={errorId}>{props.error}</FieldError>
        {props.options.map((o, i) => {
          const id = i === 0 ? firstId : `${firstId}-${i + 1}`
          return (
            <div key={o.value}>
              {o.divider ? <p className="choices__divider">{t('form.or')}</p> : null}
              <div className="checkbox">
                <input
                  className="checkbox__input"
                  id={id}
                  name={props.name}
                  type={props.type}
                  value={o.value}
                  defaultChecked={props.selected.includes(o.value)}
                  aria-describedby={o.hint ? `${id}-hint` : undefined}
                />
                <label className="checkbox__label" htmlFor={id}>
                  {o.lang ? (
                    <span lang={o.lang} dir={localeInfo[o.lang].dir}>
                      {o.label}
                    </span>
                  ) : (
                    o.label
                  )}
                  {o.hint ? (
                    <span className="hint choices__hint" id={`${id}-hint`}>
                      {o.hint}
                    </span>
                  ) : null}
                </label>
              </div>
              {o.extra ? <div className="choices__extra">{o.extra}</div> : null}
            </div>
          )
        })}
        {props.children}
      </fieldset>
    </div>
  )
}
