import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * Where focus goes once a client-side navigation has rendered its page: the
 * error summary when the form on it failed, otherwise the page's main heading
 * (made focusable for the purpose), otherwise the main region. Focusing the
 * heading is the announcement: screen readers read it out, so no live region
 * repeats the title. A page can name another target with `data-navigation-focus`
 * (the search page's result count when only its filters changed).
 */
export function navigationFocusTarget(main: HTMLElement, sameAddress: boolean): HTMLElement {
  const summary = main.querySelector<HTMLElement>('.error-summary')
  if (summary) return summary
  if (sameAddress) {
    const named = main.querySelector<HTMLElement>('[data-navigation-focus]')
    if (named) return named
  }
  const heading = main.querySelector<HTMLElement>('h1')
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
    return heading
  }
  return main
}

// The location the page last rendered, across remounts of the layout (the
// error boundary renders its own): null until the first render in the browser.
let last: { key: string; pathname: string; search: string } | null = null

/**
 * Moves focus when the visitor goes to another page without a full load
 * (GOV.UK's single-page guidance): not on the first load, where the browser
 * starts at the top as on any page, and not when only the hash changed (a
 * skip link or an error summary link took the visitor within the page).
 */
export function useFocusOnNavigation(mainId: string, onNavigate?: () => void) {
  const location = useLocation()
  useEffect(() => {
    const previous = last
    last = { key: location.key, pathname: location.pathname, search: location.search }
    if (previous === null || previous.key === location.key) return
    const samePage = previous.pathname === location.pathname
    if (samePage && previous.search === location.search && location.hash !== '') return
    onNavigate?.()
    const main = document.getElementById(mainId)
    if (!main) return
    const target = navigationFocusTarget(main, samePage)
    // The router restores or resets the scroll position itself; an error
    // summary is brought into view, as it is where the visitor must look.
    target.focus({ preventScroll: !target.classList.contains('error-summary') })
  }, [location.key, location.pathname, location.search, location.hash, mainId, onNavigate])
}
