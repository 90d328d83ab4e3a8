import { runtime } from '#app/request.server.ts'
import type { Route } from './+types/auth-api'

// better-auth's own endpoints: email-verification and magic links land here,
// and the browser passkey ceremony talks to them.
export async function loader({ request }: Route.LoaderArgs) {
  return (await runtime()).auth.handler(request)
}

export async function action({ request }: Route.ActionArgs) {
  return (await runtime()).auth.handler(request)
}
