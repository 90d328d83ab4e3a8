import type { ReactNode } from 'react'

/**
 * A part of a page named by its own h2, so screen readers can list it among
 * the page's regions and jump to it.
 */
export function Section({
  id,
  title,
  size = 'm',
  className,
  children,
}: {
  /** The heading's id, which names the section. */
  id: string
  title: ReactNode
  size?: 'l' | 'm'
  className?: string
  children?: ReactNode
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 className={`heading-${size}`} id={id}>
        {title}
      </h2>
      {children}
    </section>
  )
}
