import { redirect } from 'react-router'
import { isLocale } from '#domain/i18n/locales.ts'
import { fieldsOf, readForm } from '#app/forms/action.server.ts'
import { LOCALE_COOKIE, safeNext } from '#app/request.server.ts'
import type { Route } from './+types/language'

// The language switch is a plain form, so it works without JavaScript. It is
// read like every other form (a body that is not a form is refused, and a post
// from another site too: app/forms/action.server.ts), and it goes back only to
// a page of this site.
export async function action({ request }: Route.ActionArgs) {
  const fields = fieldsOf(await readForm(request, { resource: true }))
  const locale = fields['locale']?.[0]
  const response = redirect(safeNext(fields['returnTo']?.[0], '/'), 303)
  if (isLocale(locale)) {
    response.headers.append(
      'Set-Cookie',
      `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${new URL(request.url).protocol === 'https:' ? '; Secure' : ''}`,
    )
  }
  return response
}

export function loader() {
  return redirect('/')
}
