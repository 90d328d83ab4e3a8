import { formatDateTime } from '#domain/i18n/format.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'

/** Who saved a version of a rule or evidence record, when, and why. */
export function VersionMeta({
  author,
  createdAt,
  note,
}: {
  author: string
  createdAt: string
  note: string | null
}) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <p className="body">
        {t('rules.versionBy', { author, date: formatDateTime(locale, new Date(createdAt)) })}
      </p>
      <p className="body" dir="auto">
        {note ? t('rules.versionNote', { note }) : t('rules.noNote')}
      </p>
    </>
  )
}

/** A list of names, or "None". */
export function NamesOrNone({ names }: { names: readonly string[] }) {
  const t = useT()
  if (names.length === 0) return <>{t('rules.none')}</>
  return (
    <ul className="list">
      {names.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  )
}
