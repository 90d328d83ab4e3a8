import { parseWithZod } from '@conform-to/zod/v4'
import { data } from 'react-router'
import type { z } from 'zod'
import { en } from '#domain/i18n/messages/en.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { FormResult } from '#app/lib/form-result.ts'

/**
 * Server-authoritative validation (conform + zod). On failure it returns a 400
 * with the values as typed (except secret fields) and a message key per field.
 */
export function parseForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  options: { secret?: string[] } = {},
): { ok: true; value: z.infer<S> } | { ok: false; response: ReturnType<typeof data<FormResult>> } {
  // PostgreSQL text cannot hold NUL, and no person types one: drop it before validating.
  const cleaned = new FormData()
  for (const [k, v] of formData.entries())
    cleaned.append(k, typeof v === 'string' ? v.replace(/\u0000/g, '') : v)
  formData = cleaned
  const submission = parseWithZod(formData, { schema })
  if (submission.status === 'success') return { ok: true, value: submission.value as z.infer<S> }
  const values: Record<string, string> = {}
  for (const [k, v] of formData.entries()) {
    if (typeof v === 'string' && !options.secret?.includes(k)) values[k] = v
  }
  const errors: Record<string, MessageKey> = {}
  for (const [field, messages] of Object.entries(submission.error ?? {})) {
    const message = messages?.[0]
    // Schemas speak in catalogue keys; anything else (a tampered hidden field) gets the generic message.
    if (message) errors[field] = message in en ? (message as MessageKey) : 'error.generic'
  }
  return { ok: false, response: data<FormResult>({ values, errors }, { status: 400 }) }
}

export function refusal(
  values: Record<string, string>,
  field: string,
  key: MessageKey,
  messageValues?: Record<string, string | number>,
  status = 400,
) {
  return data<FormResult>(
    {
      values,
      errors: { [field]: key },
      messageValues: messageValues ? { [field]: messageValues } : undefined,
    },
    { status },
  )
}
