import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { HydratedRouter } from 'react-router/dom'
import type { Messages } from '#domain/i18n/format-message.ts'
import { enEssential } from '#domain/i18n/messages/en-essential.ts'
import { MessagesContext } from '#app/lib/i18n.ts'

// The page's catalogue is a module of its own, cached by the browser
// (docs/decisions/0022-catalogue-as-a-cached-module.md). It is imported before
// hydrating, so the first render in the browser matches the server's. If it
// cannot be loaded, the page is left as the server sent it: every page works
// without JavaScript.
async function pageMessages(): Promise<Messages | null> {
  const href = document.querySelector<HTMLLinkElement>('link[data-messages]')?.href
  if (!href) return enEssential
  try {
    return ((await import(/* @vite-ignore */ href)) as { default: Messages }).default
  } catch {
    return null
  }
}

/**
 * Resolves once the browser has painted the page as the server sent it: the
 * page is readable before hydration takes the main thread.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

const [messages] = await Promise.all([pageMessages(), afterFirstPaint()])
if (messages)
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <MessagesContext value={messages}>
          <HydratedRouter />
        </MessagesContext>
      </StrictMode>,
    )
  })
