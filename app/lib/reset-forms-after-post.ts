import { useEffect, useRef } from 'react'
import { useNavigation } from 'react-router'

/**
 * After a post that succeeded, the page's forms start again from what the
 * server rendered, as they do after the full page load a browser without
 * JavaScript makes. Without this, a client-side navigation keeps what was
 * typed in the inputs (React leaves an uncontrolled input's value alone),
 * so a clinic's second offer carried the first one's trial number. A post
 * that failed keeps everything: the error summary is on the page.
 */
export function useResetFormsAfterPost(mainId: string) {
  const navigation = useNavigation()
  const posting = useRef(false)
  useEffect(() => {
    if (navigation.state !== 'idle') {
      if (navigation.formMethod?.toUpperCase() === 'POST') posting.current = true
      return
    }
    if (!posting.current) return
    posting.current = false
    const main = document.getElementById(mainId)
    if (!main || main.querySelector('.error-summary')) return
    for (const form of main.querySelectorAll<HTMLFormElement>('form')) {
      if (form.method.toLowerCase() === 'post') form.reset()
    }
  }, [navigation.state, navigation.formMethod, mainId])
}
