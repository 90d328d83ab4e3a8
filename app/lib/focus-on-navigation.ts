import { useEffect } from 'react'
import { useLocation, useNavigation } from 'react-router'

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
// Whether the navigation under way was started by a form (its action, then
// the page its redirect names): set while it is pending, used up when it lands.
let submitting = false

/**
 * Moves focus when the visitor goes to another page without a full load
 * (GOV.UK's single-page guidance): not on the first load, where the browser
 * starts at the top as on any page, and not when only the hash changed (a
 * skip link or an error summary link took the visitor within the page).
 * A form's submission always counts, even when its redirect names exactly the
 * address already shown (a second note, a hand-over right after "Assign to
 * me"): the page has changed under the button that was pressed, which may be
 * gone. The location's key alone cannot tell that from a hash-only change,
 * since both give a new key for the same path and query.
 */
export function useFocusOnNavigation(mainId: string, onNavigate?: () => void) {
  const location = useLocation()
  const navigation = useNavigation()
  useEffect(() => {
    if (navigation.state !== 'idle') submitting = navigation.formMethod !== undefined
  }, [navigation.state, navigation.formMethod])
  useEffect(() => {
    const previous = last
    const submitted = submitting
    last = { key: location.key, pathname: location.pathname, search: location.search }
    submitting = false
    if (previous === null || previous.key === location.key) return
    const samePage = previous.pathname === location.pathname
    if (!submitted && samePage && previous.search === location.search && location.hash !== '') return
    onNavigate?.()
    const main = document.getElementById(mainId)
    if (!main) return
    const target = navigationFocusTarget(main, samePage)
    // The router restores or resets the scroll position itself; an error
    // summary is brought into view, as it is where the visitor must look.
    target.focus({ preventScroll: !target.classList.contains('error-summary') })
  }, [location.key, location.pathname, location.search, location.hash, mainId, onNavigate])
}
