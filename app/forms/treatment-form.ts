import type { FormFields } from './action.server.ts'

// The clinic's treatment page holds several forms; each one's fields carry a
// prefix ("a." assessment, "s." session, "e." adverse event) so a problem
// lands on the right form's field, and typed values return to the right form.
export type TreatmentFormPrefix = 'a.' | 's.' | 'e.'

/** One form's fields, prefix removed, as the domain reads them. */
export function rawOf(fields: FormFields, prefix: TreatmentFormPrefix): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const [name, values] of Object.entries(fields))
    if (name.startsWith(prefix) && values[0] !== undefined) raw[name.slice(prefix.length)] = values[0]
  return raw
}

export function criteriaOf(fields: FormFields, prefix: TreatmentFormPrefix): string[] {
  return fields[`${prefix}criteria`] ?? []
}

/** Refusals as the use case returns them, put back on the prefixed fields (a refusal of the whole form stays on it). */
export function onFields<R extends { code: string; field?: string }>(
  refused: R | readonly R[],
  prefix: TreatmentFormPrefix,
): R[] {
  const list = (Array.isArray(refused) ? refused : [refused]) as readonly R[]
  return list.map((r) => (r.field && r.field !== 'form' ? { ...r, field: `${prefix}${r.field}` } : r))
}
