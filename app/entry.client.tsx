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

// This module is asked for only once the page has painted (entry.server.tsx).
const messages = await pageMessages()
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
