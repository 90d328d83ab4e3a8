import { useT } from '#app/lib/i18n.ts'

/**
 * What every form control takes: its name, its id (which the error summary
 * links to; the name unless a page holds the same name twice), a hint and an
 * inline error.
 */
export type ControlProps = { name: string; id?: string; hint?: string; error?: string }

// The hint and inline error every form control carries (GOV.UK): one markup,
// so ids, the hidden "Error:" prefix and aria wiring cannot drift apart.
export function FieldHint({ id, children }: { id: string | undefined; children: string | undefined }) {
  if (!children || !id) return null
  return (
    <div className="hint" id={id}>
      {children}
    </div>
  )
}

export function FieldError({ id, children }: { id: string | undefined; children: string | undefined }) {
  const t = useT()
  if (!children || !id) return null
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {children}
    </p>
  )
}

/** The ids of a control's hint and error, and the `aria-describedby` that joins them. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined }
}
