import { useId, type ReactNode } from 'react'

/** Tells the person something important; a success banner is announced as it appears. */
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
