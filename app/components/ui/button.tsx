import { useContext, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react'
import { Link, UNSAFE_DataRouterNavigationContext } from 'react-router'

type Variant = 'primary' | 'secondary' | 'warning' | 'link'

/**
 * A form's button. While a form is being sent (with JavaScript), a second
 * press sends nothing: a double click on "Sign and accept" once sent two
 * posts, and the second one's refusal ("already accepted") was left on a
 * page that still showed the form. The button stays focusable and says it
 * is busy (aria-disabled), so focus is not lost. Without JavaScript a second
 * press does post again; the server then refuses the repeat with a clear
 * message, and nothing is saved twice where that matters.
 */
export function Button({
  variant = 'primary',
  className,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const sending = useFormBeingSent()
  const submits = (rest.type ?? 'submit') === 'submit'
  return (
    <button
      type="submit"
      {...rest}
      aria-disabled={submits && sending ? true : rest['aria-disabled']}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (submits && sending) event.preventDefault()
        else onClick?.(event)
      }}
      className={`button button--${variant}${className ? ` ${className}` : ''}`}
    />
  )
}

/** Whether a form other than a search (a POST, PUT or DELETE) is on its way; false outside a data router. */
function useFormBeingSent(): boolean {
  const navigation = useContext(UNSAFE_DataRouterNavigationContext)?.navigation
  const method = navigation?.formMethod?.toUpperCase()
  return navigation !== undefined && navigation.state !== 'idle' && method !== undefined && method !== 'GET'
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
