import type { ButtonHTMLAttributes, ReactNode } from 'react'
import { Link } from 'react-router'

type Variant = 'primary' | 'secondary' | 'warning' | 'link'

export function Button({
  variant = 'primary',
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type="submit"
      {...rest}
      className={`button button--${variant}${className ? ` ${className}` : ''}`}
    />
  )
}

export function ButtonLink({
  to,
  variant = 'primary',
  children,
}: {
  to: string
  variant?: Variant
  children: ReactNode
}) {
  return (
    <Link to={to} className={`button button--${variant}`} role="button" draggable={false}>
      {children}
    </Link>
  )
}
