import { data } from 'react-router'
import { runtime } from '#app/request.server.ts'
import { isPublicAuthEndpoint } from '#server/auth/public-endpoints.ts'
import type { Route } from './+types/auth-api'

// better-auth's own endpoints that a browser needs without a form: the links
// in emails (email confirmation, sign-in links, password reset) and the
// passkey ceremony. Every other endpoint is reached only through Waypoint's
// forms (server/auth/public-endpoints.ts, docs/decisions/0033).
async function handle(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, '')
  if (!isPublicAuthEndpoint(request.method, path)) throw data(null, { status: 404 })
  return (await runtime()).auth.handler(request)
}

export function loader({ request }: Route.LoaderArgs) {
  return handle(request)
}

export function action({ request }: Route.ActionArgs) {
  return handle(request)
}
