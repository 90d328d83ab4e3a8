import { formatList } from '#domain/i18n/format.ts'
import type { Locale } from '#domain/i18n/locales.ts'
import type { MessageKey, Translate } from '#domain/i18n/translate.ts'

/** What a provider may see of a case: how many documents, and which parts of the answers. */
export function describeShare(
  t: Translate,
  locale: Locale,
  documents: number,
  sections: readonly string[],
): string {
  return t('check.shared', {
    count: documents,
    sections:
      formatList(
        locale,
        sections.map((s) => t(`intake.section.${s}` as MessageKey)),
      ) || t('intake.none'),
  })
}
