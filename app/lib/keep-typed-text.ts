/**
 * Text typed into a pre-filled textarea before the page's scripts take over is
 * kept. Scripts start only after the first paint (entry.server.tsx), so a
 * person can type first; React's hydration resets a textarea whose server
 * text it rendered to that text (its `initTextarea` has no hydration case,
 * unlike `initInput`), and what was typed was lost. Watching starts before
 * hydration; `restore` runs once it has committed.
 */
export function watchTypedText(doc: Document): { restore: () => void } {
  const typed = new Map<HTMLTextAreaElement, string>()
  const note = (target: EventTarget | null) => {
    if (target instanceof HTMLTextAreaElement && target.value !== target.defaultValue)
      typed.set(target, target.value)
  }
  doc.querySelectorAll('textarea').forEach(note)
  const onInput = (event: Event) => note(event.target)
  doc.addEventListener('input', onInput, true)
  return {
    restore() {
      doc.removeEventListener('input', onInput, true)
      for (const [textarea, value] of typed)
        if (textarea.isConnected && textarea.value !== value) textarea.value = value
      typed.clear()
    },
  }
}
