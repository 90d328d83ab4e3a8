import { isolated } from '#domain/i18n/format.ts'
import type { MessageKey, Translate } from '#domain/i18n/translate.ts'

// A visa's name as the viewer reads it. The rules files (content/rules/visa)
// name each visa in English, as its government does; pages say it in the
// viewer's language through these messages, found by the rules' id. A
// destination whose names have no messages yet keeps its English name, set
// apart (isolated) so that in Arabic it reads whole and the sentence keeps
// its order.
const visaNames = {
  india: { visa: 'visa.name.india', attendants: 'visa.attendantsName.india' },
} as const satisfies Record<string, Record<'visa' | 'attendants', MessageKey>>

/** The rules' ids whose visas have names in every language. */
export const namedVisas: readonly string[] = Object.keys(visaNames)

export function visaNameIn(
  t: Translate,
  visa: { id: string | null | undefined; name: string },
  kind: 'visa' | 'attendants' = 'visa',
): string {
  const keys =
    visa.id && Object.hasOwn(visaNames, visa.id) ? visaNames[visa.id as keyof typeof visaNames] : null
  return keys ? t(keys[kind]) : isolated(visa.name)
}
