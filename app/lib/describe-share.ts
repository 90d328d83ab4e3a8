import type { MessageKey, Translate } from '#domain/i18n/translate.ts'

/** What a provider may see of a case: how many documents, and which parts of the answers. */
export function describeShare(t: Translate, documents: number, sections: readonly string[]): string {
  return t('check.shared', {
    count: documents,
    sections: sections.map((s) => t(`intake.section.${s}` as MessageKey)).join(', ') || t('intake.none'),
  })
}
