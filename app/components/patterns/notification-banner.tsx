import { useId, type ReactNode } from 'react'
import { useActionData } from 'react-router'
import { isFailure } from '#app/lib/action-failure.ts'

/**
 * Tells the person something important; a success banner is announced as it
 * appears. A success banner confirms an earlier step, so it gives way when the
 * page's latest post was refused: "Saved" never stands beside "There is a problem".
 */
export function NotificationBanner({
  tone = 'info',
  title,
  children,
}: {
  tone?: 'info' | 'success' | 'warning'
  title: string
  children?: ReactNode
}) {
  const id = useId()
  const refused = isFailure(useActionData())
  if (tone === 'success' && refused) return null
  return (
    <div
      className={`notification-banner notification-banner--${tone}`}
      role={tone === 'success' ? 'alert' : 'region'}
      aria-labelledby={id}
      data-testid="notification-banner"
    >
      <h2 className="notification-banner__title" id={id}>
        {title}
      </h2>
      {children ? <div className="notification-banner__content">{children}</div> : null}
    </div>
  )
}
