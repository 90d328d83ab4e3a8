import type { CaseStage } from '#domain/cases/case-stages.ts'
import { formatDate } from '#domain/i18n/format.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import type { MessageKey, Translate } from '#domain/i18n/translate.ts'
import type { TableColumn } from '#app/components/patterns/table.tsx'

/** A case in a list; a clinic's list has no stage for a case it is still competing for (case-stage-for-clinic.ts). */
type ListedCase = { stage: CaseStage | null; submittedAt: string | Date | null }

/** The columns every list of cases shows staff: where each case stands, and when it was sent. */
export function stageAndSentColumns(t: Translate, locale: Locale): TableColumn<ListedCase>[] {
  return [
    { header: t('queue.col.stage'), cell: (c) => (c.stage ? t(`case.stage.${c.stage}` as MessageKey) : '—') },
    {
      header: t('queue.col.sent'),
      cell: (c) => (c.submittedAt ? formatDate(locale, new Date(c.submittedAt)) : '—'),
    },
  ]
}
