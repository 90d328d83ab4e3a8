import { useT } from '#app/lib/i18n.ts'

/** The document title, prefixed with "Error:" when the form on the page has errors (GOV.UK). */
export function PageTitle({ title, error = false }: { title: string; error?: boolean }) {
  const t = useT()
  return <title>{`${error ? t('form.errorPrefix') + ' ' : ''}${title} – ${t('app.name')}`}</title>
}
