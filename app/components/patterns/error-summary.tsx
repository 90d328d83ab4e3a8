import { useEffect, useId, useRef } from 'react'
import { useT } from '#app/lib/i18n.ts'

export type ErrorItem = { fieldId: string; message: string }

/**
 * With JavaScript a link of the summary puts the keyboard in the field it
 * names, its question or label in view (GOV.UK); without, the browser goes
 * to the field and the next Tab reaches it.
 */
function focusField(event: React.MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId)
  if (!field) return
  event.preventDefault()
  const legend = field.closest('fieldset')?.querySelector('legend')
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`)
  ;(legend ?? label ?? field).scrollIntoView()
  field.focus({ preventScroll: true })
}

/**
 * GOV.UK error summary: takes focus when shown so screen readers and keyboard
 * users land on it, with JavaScript or without; each message links to its field.
 */
export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  // Its own id, so a page (or the pattern library) can hold more than one.
  const titleId = useId()
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus()
  }, [errors])
  if (errors.length === 0) return null
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      // Without JavaScript the browser moves focus here itself when the refused page loads (GOV.UK does it with script).
      autoFocus
      aria-labelledby={titleId}
      data-testid="error-summary"
    >
      <div role="alert">
        <h2 className="error-summary__title" id={titleId}>
          {t('form.errorSummary.title')}
        </h2>
        <ul className="error-summary__list">
          {errors.map((e, i) => (
            <li key={`${e.fieldId}-${i}`}>
              <a href={`#${e.fieldId}`} onClick={(event) => focusField(event, e.fieldId)}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
