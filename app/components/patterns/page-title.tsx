import { createContext, useContext } from 'react'
import { useT } from '#app/lib/i18n.ts'

/**
 * True inside the pattern library (/dev/patterns), where many examples set a
 * title: there the title is shown in the page, and the document keeps its own.
 */
export const TitleShownInPage = createContext(false)

/** The document title, prefixed with "Error:" when the form on the page has errors (GOV.UK). */
export function PageTitle({ title, error = false }: { title: string; error?: boolean }) {
  const t = useT()
  const text = `${error ? t('form.errorPrefix') + ' ' : ''}${title} – ${t('app.name')}`
  if (useContext(TitleShownInPage)) return <p className="page-title-shown">{text}</p>
  return <title>{text}</title>
}
