import { isLocale } from '#domain/i18n/locales.ts'
import { messagesModuleFor } from '#app/lib/messages-module.server.ts'
import type { Route } from './+types/messages-module'

// `/i18n/en.<hash>.js`: one language's messages for the browser. The current
// versions are cached for a year; an old hash (a page from before a deploy)
// gets today's messages, revalidated every time, so that page still works.
export function loader({ params }: Route.LoaderArgs) {
  const match = /^([a-z]{2})\.([0-9a-f]{12})\.js$/.exec(params.file)
  if (!match || !isLocale(match[1])) return new Response('Not found', { status: 404 })
  const { module, current } = messagesModuleFor(match[1], match[2]!)
  return new Response(module.body, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  })
}
