// Both drivers return `{ rows }` from a raw query; this keeps callers typed.
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[]
}
