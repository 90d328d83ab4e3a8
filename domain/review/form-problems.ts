// The problems the clinic's onboarding forms share (issue 16): a field left
// empty, a field too long, a choice that is not one of the options. Each
// names its field, so the message sits on it and the typed values come back.
export type FieldProblem =
  | { code: 'onboarding.missing'; field: string }
  | { code: 'onboarding.too-long'; field: string; max: number }
  | { code: 'onboarding.choose'; field: string }

/** A text field: trimmed, required unless `optional`, at most `max` characters. */
export function readText(
  problems: FieldProblem[],
  field: string,
  raw: string | undefined,
  max: number,
  optional = false,
): string {
  const value = (raw ?? '').trim()
  if (value === '' && !optional) problems.push({ code: 'onboarding.missing', field })
  else if (value.length > max) problems.push({ code: 'onboarding.too-long', field, max })
  return value
}

/** One of a fixed set of values, or a problem on the field. */
export function readChoice<T extends string>(
  problems: FieldProblem[],
  field: string,
  raw: string | undefined,
  options: readonly T[],
): T | null {
  const found = options.find((o) => o === raw)
  if (found === undefined) {
    problems.push({ code: 'onboarding.choose', field })
    return null
  }
  return found
}

/** A yes/no question answered with `yes` or `no`. */
export function readYesNo(problems: FieldProblem[], field: string, raw: string | undefined): boolean {
  return readChoice(problems, field, raw, ['yes', 'no'] as const) === 'yes'
}
