import { useEffect, useRef, type ReactNode } from 'react'
import { isFailure } from '#app/lib/action-failure.ts'
import { FieldError, describedBy } from './field-messages.tsx'

/**
 * A file to send with a form, with its label and error. Without JavaScript a
 * refused post comes back without the chosen file, and the page asks for it
 * again; with JavaScript the browser would keep it beside that message. So a
 * refused post (`result`, the route's action data) clears it in both.
 */
export function FileField({
  name = 'file',
  label,
  hint,
  error,
  accept,
  result,
}: {
  name?: string
  label: ReactNode
  /** What may be sent, said before choosing rather than after a refusal. */
  hint?: string
  error: string | undefined
  accept?: string
  result: unknown
}) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (isFailure(result) && input.current) input.current.value = ''
  }, [result])
  const ids = describedBy(name, hint, error)
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div className="hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
      <FieldError id={ids.errorId}>{error}</FieldError>
      <input
        ref={input}
        className="file-upload"
        id={name}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  )
}
