import type { MessageKey } from '#domain/i18n/translate.ts'
import type { ErrorItem } from '#app/components/patterns/error-summary.tsx'

// The shape an action returns when a form needs correcting: what was typed
// (never passwords) and, per field, the catalogue key of its message.
export type FormResult = {
  values: Record<string, string>
  errors: Record<string, MessageKey>
  messageValues?: Record<string, Record<string, string | number>>
}

export function formErrors(
  result: FormResult | undefined,
  t: (key: MessageKey, values?: Record<string, string | number>) => string,
  order: string[],
): { list: ErrorItem[]; byField: Record<string, string> } {
  const byField: Record<string, string> = {}
  const list: ErrorItem[] = []
  if (!result) return { list, byField }
  const fields = [...order, ...Object.keys(result.errors).filter((f) => !order.includes(f))]
  for (const field of fields) {
    const key = result.errors[field]
    if (!key) continue
    const message = t(key, result.messageValues?.[field])
    byField[field] = message
    list.push({ fieldId: field, message })
  }
  return { list, byField }
}
