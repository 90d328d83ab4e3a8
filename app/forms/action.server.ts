import { parseWithZod } from '@conform-to/zod/v4'
import { data } from 'react-router'
import type { z } from 'zod'
import { en } from '#domain/i18n/messages/en.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { ActionFailure, FieldError } from '#app/lib/action-failure.ts'
import { localeOf } from '#app/request.server.ts'
import { refusalPage, refusalText, type RefusalStatus, type RefusalText } from '#server/http/refusal-page.ts'
import { isRefusalCode, refusalEntry, type Refusal } from './refusals.ts'

// The edge of every form route (docs/decisions/0031): one way to read a body,
// one way to validate it (conform + zod), one failure shape, and one table
// for refusals. What a person typed comes back to the form, never a secret.

export type FormFields = Record<string, string[]>

const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data']

/** A request refused before its form is read: the root ErrorBoundary shows these words, in the visitor's language. */
export type RefusedRequest = { refused: RefusalText }

type ReadOptions = {
  /** A resource route has no page of its own: it answers with the shell's plain refusal page. */
  resource?: boolean
}

function refuseRequest(
  request: Request,
  status: Exclude<RefusalStatus, 500>,
  options: ReadOptions,
  headers: Record<string, string> = {},
): never {
  if (options.resource) {
    throw new Response(refusalPage(localeOf(request), status), {
      status,
      headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  throw data<RefusedRequest>({ refused: refusalText(localeOf(request), status) }, { status, headers })
}

/** Whether a post comes from our own pages (browsers say where a form was sent from). */
function fromOurPages(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) {
    const site = request.headers.get('sec-fetch-site')
    return site === null || site === 'same-origin' || site === 'none'
  }
  return origin === new URL(request.url).origin
}

/**
 * The request's form. A method other than POST is a 405, a post from another
 * site a 403, a body that is not a form (JSON, text, none at all) a 415 and a
 * form that cannot be read a 400, each with a page that says so, never a crash.
 * The HTTP shell refuses most of these before React Router (server/http/request-guard.ts);
 * this holds for resource routes and under `npm run dev` too.
 */
export async function readForm(request: Request, options: ReadOptions = {}): Promise<FormData> {
  if (request.method !== 'POST') refuseRequest(request, 405, options, { Allow: 'GET, HEAD, POST' })
  if (!fromOurPages(request)) refuseRequest(request, 403, options)
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!formTypes.includes(type)) refuseRequest(request, 415, options)
  try {
    return await request.formData()
  } catch {
    refuseRequest(request, 400, options)
  }
}

/** Every text field of a form, NUL removed (PostgreSQL text cannot hold it, and no person types one). */
export function fieldsOf(form: FormData): FormFields {
  const fields: FormFields = {}
  for (const [k, v] of form.entries()) {
    if (typeof v !== 'string') continue
    ;(fields[k] ??= []).push(v.replace(/\u0000/g, ''))
  }
  return fields
}

export async function readFields(request: Request): Promise<FormFields> {
  return fieldsOf(await readForm(request))
}

/** The fields to give back to the form: everything typed except secrets. */
export function keptValues(fields: FormFields, secret: readonly string[] = []): FormFields {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !secret.includes(k)))
}

export function failure(fields: FormFields, errors: FieldError[], status = 400) {
  return data<ActionFailure>({ failed: true, values: fields, errors }, { status })
}

export type Parsed<T> =
  { ok: true; value: T; fields: FormFields } | { ok: false; response: ReturnType<typeof failure> }

/** Validates a form with its zod schema; schemas speak in catalogue keys. */
export function parseForm<S extends z.ZodType>(
  form: FormData,
  schema: S,
  options: { secret?: readonly string[] } = {},
): Parsed<z.infer<S>> {
  const fields = fieldsOf(form)
  const cleaned = new FormData()
  for (const [k, values] of Object.entries(fields)) for (const v of values) cleaned.append(k, v)
  const submission = parseWithZod(cleaned, { schema })
  if (submission.status === 'success') return { ok: true, value: submission.value as z.infer<S>, fields }
  const errors: FieldError[] = []
  for (const [field, messages] of Object.entries(submission.error ?? {})) {
    const message = messages?.[0]
    // Anything that is not a catalogue key (a tampered hidden field) gets the generic message.
    if (message) errors.push({ field, key: message in en ? (message as MessageKey) : 'error.generic' })
  }
  return { ok: false, response: failure(keptValues(fields, options.secret), errors) }
}

/** A form's file input: its field, and what to say when a refusal elsewhere on the form loses the chosen file. */
export type FileInput = { field: string; again: MessageKey }

/**
 * A browser cannot keep a chosen file across a refused post, so a form
 * refused for another field asks for the file again on the file's own field
 * (as GOV.UK does); an error already on the file says what to choose.
 */
export function askForFileAgain(errors: readonly FieldError[], file: FileInput): FieldError[] {
  if (errors.length === 0 || errors.some((e) => e.field === file.field)) return [...errors]
  return [...errors, { field: file.field, key: file.again }]
}

/**
 * A business refusal, through the one table: its status, its message on its
 * field. A refusal that means "not yours" is a bare 404 that shows nothing.
 * A form with a file input names it, to ask for the file again.
 */
export function refuse(
  refusals: Refusal | readonly Refusal[],
  fields: FormFields = {},
  options: { field?: string; secret?: readonly string[]; file?: FileInput } = {},
) {
  const list = (Array.isArray(refusals) ? refusals : [refusals]) as readonly Refusal[]
  const entries = list.map((r) => ({ refusal: r, entry: refusalEntry(r.code) }))
  if (entries.some((e) => e.entry.notYours)) throw data(null, { status: 404 })
  const errors = entries.flatMap(({ refusal, entry }): FieldError[] => {
    const field = String(refusal['field'] ?? options.field ?? entry.field ?? 'form')
    const each = entry.each?.(refusal) ?? [entry.values?.(refusal)]
    return each.map((values) => ({ field, key: entry.message, ...(values ? { values } : {}) }))
  })
  return failure(
    keptValues(fields, options.secret),
    options.file ? askForFileAgain(errors, options.file) : errors,
    entries[0]?.entry.status ?? 400,
  )
}

/**
 * The failure for refusals carried across a redirect (uploads answer with a
 * redirect so that a refresh cannot send the files again): only codes the
 * table knows are shown, each with the name of the file it concerns.
 */
export function failureOfCodes(refused: readonly { code: string; name?: string }[]): ActionFailure | null {
  const errors: FieldError[] = []
  for (const { code, name } of refused) {
    if (!isRefusalCode(code)) continue
    const entry = refusalEntry(code)
    const field = entry.field ?? 'form'
    errors.push(
      name
        ? { field, key: 'documents.refused.withName', values: { name, reason: { key: entry.message } } }
        : { field, key: entry.message },
    )
  }
  return errors.length > 0 ? { failed: true, values: {}, errors } : null
}
