import { formatCalendarDate } from '#domain/i18n/format.ts'
import type { MessageKey, Translate } from '#domain/i18n/translate.ts'
import type { ErrorItem } from '#app/components/patterns/error-summary.tsx'
import { useT } from '#app/lib/i18n.ts'

// The one shape every action failure takes (docs/decisions/0031): what was
// typed, to put back in the form (never secrets), and the errors, each a
// catalogue key tied to the field it belongs to. Built on the server by
// app/forms/action.server.ts, rendered here by every form page.

/**
 * A value in a message: plain, another message (a task's name, a field's
 * label) translated in the viewer's language, or a day ("2027-02-19") written in it.
 */
export type MessageArg =
  string | number | { key: MessageKey; values?: Record<string, string | number> } | { day: string }
export type FieldError = { field: string; key: MessageKey; values?: Record<string, MessageArg> }
export type ActionFailure = { failed: true; values: Record<string, string[]>; errors: FieldError[] }

export function isFailure(result: unknown): result is ActionFailure {
  return typeof result === 'object' && result !== null && (result as ActionFailure).failed === true
}

export function messageOf(t: Translate, error: Pick<FieldError, 'key' | 'values'>): string {
  if (!error.values) return t(error.key)
  const values: Record<string, string | number> = {}
  for (const [name, v] of Object.entries(error.values))
    values[name] =
      typeof v !== 'object' ? v : 'key' in v ? t(v.key, v.values) : formatCalendarDate(t.locale, v.day)
  return t(error.key, values)
}

export type FailureView = {
  failed: boolean
  /** Every field as it was typed, when the action failed. */
  entered: Record<string, string[]> | null
  /** For the error summary, in the order the fields appear on the page. */
  list: ErrorItem[]
  errorFor(field: string): string | undefined
  /** What was typed in a field, or the fallback when nothing failed. */
  value(field: string, fallback?: string | null): string | undefined
  values(field: string, fallback?: readonly string[]): string[]
}

export function failureView(result: unknown, t: Translate, order: readonly string[] = []): FailureView {
  const failure = isFailure(result) ? result : null
  const errors = failure?.errors ?? []
  const rank = (field: string) => {
    const i = order.indexOf(field)
    return i < 0 ? order.length : i
  }
  const list = errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.field) - rank(b.e.field) || a.i - b.i)
    .map(({ e }) => ({ fieldId: e.field, message: messageOf(t, e) }))
  return {
    failed: failure !== null,
    entered: failure?.values ?? null,
    list,
    errorFor: (field) => list.find((e) => e.fieldId === field)?.message,
    value: (field, fallback) => (failure ? failure.values[field]?.[0] : (fallback ?? undefined)),
    values: (field, fallback = []) => (failure ? (failure.values[field] ?? []) : [...fallback]),
  }
}

/** The page's view of its action's failure, if it failed. */
export function useFailure(result: unknown, order: readonly string[] = []): FailureView {
  return failureView(result, useT(), order)
}
