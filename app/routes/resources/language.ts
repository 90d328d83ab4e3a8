import { redirect } from 'react-router'
import { isLocale } from '#domain/i18n/locales.ts'
import { LOCALE_COOKIE, safeNext } from '#app/request.server.ts'
import type { Route } from './+types/language'

// The language switch is a plain form, so it works without JavaScript.
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const locale = form.get('locale')
  const returnTo = safeNext(String(form.get('returnTo') ?? '/'), '/')
  const response = redirect(returnTo, 303)
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
