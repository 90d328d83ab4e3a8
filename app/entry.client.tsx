import { startTransition, StrictMode, useLayoutEffect } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { HydratedRouter } from 'react-router/dom'
import type { Messages } from '#domain/i18n/format-message.ts'
import { enEssential } from '#domain/i18n/messages/en-essential.ts'
import { MessagesContext, rememberMessagesModule } from '#app/lib/i18n.ts'
import { InlineStylesContext, inlineStylesId } from '#app/lib/inline-styles.ts'
import { watchTypedText } from '#app/lib/keep-typed-text.ts'

// The page's catalogue is a module of its own, cached by the browser
// (docs/decisions/0022-catalogue-as-a-cached-module.md). It is imported before
// hydrating, so the first render in the browser matches the server's. If it
// cannot be loaded, the page is left as the server sent it: every page works
// without JavaScript.
async function pageMessages(): Promise<Messages | null> {
  const link = document.querySelector<HTMLLinkElement>('link[data-messages]')
  if (!link) return enEssential
  try {
    const messages = ((await import(/* @vite-ignore */ link.href)) as { default: Messages }).default
    rememberMessagesModule(link.getAttribute('href')!, messages)
    return messages
  } catch {
    return null
  }
}

// This module is asked for only once the page has painted (entry.server.tsx),
// so a person may already be typing.
const typedText = watchTypedText(document)
const messages = await pageMessages()

/** Puts back what hydration reset: its layout effect runs once the whole page has hydrated. */
function KeepTypedText() {
  useLayoutEffect(() => typedText.restore(), [])
  return null
}
// The stylesheet the server inlined stays as it was sent (app/lib/inline-styles.ts).
const styles = document.getElementById(inlineStylesId)?.textContent ?? ''
if (messages)
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <MessagesContext value={messages}>
          <InlineStylesContext value={styles}>
            <HydratedRouter />
            <KeepTypedText />
          </InlineStylesContext>
        </MessagesContext>
      </StrictMode>,
    )
  })
