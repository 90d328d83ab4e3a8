import { redirect } from 'react-router'
import { caseDeps } from '#app/case.server.ts'
import { viewerOf } from '#app/request.server.ts'
import { landingAfterSignIn } from '#domain/accounts/landing.ts'
import { homeAreaOf } from '#domain/accounts/roles.ts'
import { casesOfPerson } from '#server/use-cases/cases/case-lists.ts'
import type { Route } from './+types/signed-in'

// Every way of signing in ends here when there is no page to go back to, so
// a family lands on its case or dashboard rather than the account settings.
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await viewerOf(request)
  if (!viewer) throw redirect('/sign-in')
  const patient = homeAreaOf(viewer.role) === 'patient'
  // Back from the confirmation email: a family is told on its dashboard, staff on their account.
  // better-auth adds `error` (TOKEN_EXPIRED, INVALID_TOKEN) to the address when the link did not confirm anything.
  const url = new URL(request.url)
  if (url.searchParams.has('verified') && !url.searchParams.has('error'))
    throw redirect(patient ? '/patient?verified=1' : '/account?verified=1')
  const cases = patient ? await casesOfPerson(await caseDeps(), viewer.id) : []
  throw redirect(landingAfterSignIn(viewer.role, cases))
}
