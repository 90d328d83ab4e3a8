import { formatDate } from '#domain/i18n/format.ts'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

/** When a clinic's answer is due, marked overdue once it has passed; a dash when no answer is due. */
export function AnswerDue({ due, overdue }: { due: string | Date | null; overdue: boolean }) {
  const t = useT()
  const locale = useLocale()
  if (!due) return <>—</>
  return (
    <>
      {formatDate(locale, new Date(due))}
      {overdue ? (
        <>
          {' '}
          <Tag tone="red">{t('referral.overdue')}</Tag>
        </>
      ) : null}
    </>
  )
}
