import { useEffect, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigation } from 'react-router'

// Before the browser paints, so nothing typed on the new render is ever wiped.
const useBeforePaint = typeof document === 'undefined' ? useEffect : useLayoutEffect

/**
 * After a post that succeeded and came back to the same page, the page's
 * forms start again from what the server rendered, as they do after the full
 * page load a browser without JavaScript makes. Without this, a client-side
 * navigation keeps what was typed in the inputs (React leaves an uncontrolled
 * input's value alone), so a clinic's second offer carried the first one's
 * trial number. A post that failed keeps everything: the error summary is on
 * the page. A post that led to another page needs nothing: the root mounts
 * each address's page afresh (app/root.tsx), so its forms are new.
 */
export function useResetFormsAfterPost(mainId: string) {
  const navigation = useNavigation()
  const location = useLocation()
  const postedFrom = useRef<string | null>(null)
  useBeforePaint(() => {
    if (navigation.state !== 'idle') {
      if (navigation.formMethod?.toUpperCase() === 'POST' && postedFrom.current === null)
        postedFrom.current = location.pathname
      return
    }
    const from = postedFrom.current
    if (from === null) return
    postedFrom.current = null
    if (from !== location.pathname) return
    const main = document.getElementById(mainId)
    if (!main || main.querySelector('.error-summary')) return
    for (const form of main.querySelectorAll<HTMLFormElement>('form')) {
      if (form.method.toLowerCase() === 'post') form.reset()
    }
  }, [navigation.state, navigation.formMethod, location.pathname, mainId])
}
