import type { Result } from '#domain/shared/result.ts'
import { emailOnlySchema } from '#app/forms/account-forms.ts'
import { parseForm, readForm, refuse } from '#app/forms/action.server.ts'
import { runtime } from '#app/request.server.ts'
import type { Runtime } from '#server/runtime.ts'
import type { LinkRequestError } from '#server/use-cases/accounts/password-reset.ts'

/**
 * The action of a page that emails a link (a password reset, a sign-in link):
 * the address is checked, the link asked for, and the page always says it was
 * sent, unless too many were asked for (app/components/email-link-form.tsx).
 */
export async function emailLinkAction(
  request: Request,
  send: (rt: Runtime, email: string, from: Request) => Promise<Result<null, LinkRequestError>>,
) {
  const parsed = parseForm(await readForm(request), emailOnlySchema)
  if (!parsed.ok) return parsed.response
  const sent = await send(await runtime(), parsed.value.email, request)
  if (!sent.ok) return refuse(sent.error, parsed.fields)
  return { sentTo: parsed.value.email }
}
