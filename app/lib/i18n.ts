import { createContext, useContext } from 'react'
import { useRouteLoaderData } from 'react-router'
import { makeTranslator, type Messages, type Translate } from '#domain/i18n/format-message.ts'
import { defaultLocale, localeInfo, type Locale } from '#domain/i18n/locales.ts'
import { enEssential } from '#domain/i18n/messages/en-essential.ts'

// The viewer's messages are provided around the whole app: on the server by
// entry.server from the domain's catalogues, in the browser by entry.client
// from the cached module the page links to
// (docs/decisions/0022-catalogue-as-a-cached-module.md). Without the root's
// data (it failed), both sides use the small English set.
export const MessagesContext = createContext<Messages>(enEssential)

type RootData = { locale: Locale; messagesUrl: string }

export function useLocale(): Locale {
  const data = useRouteLoaderData('root') as RootData | undefined
  return data?.locale ?? defaultLocale
}

/**
 * Catalogue modules the browser has loaded, by URL. A visitor's module holds
 * only the visitor's words; when signing in (or out) changes the root's
 * `messagesUrl`, the root's clientLoader loads the new module before the next
 * page renders with it. Empty on the server.
 */
const loadedModules = new Map<string, Messages>()

export function rememberMessagesModule(url: string, messages: Messages): void {
  loadedModules.set(url, messages)
}

/** Loads the catalogue module at `url` unless it is already here. */
export async function loadMessagesModule(url: string): Promise<void> {
  if (loadedModules.has(url)) return
  const module = (await import(/* @vite-ignore */ url)) as { default: Messages }
  loadedModules.set(url, module.default)
}

export function useT(): Translate {
  const data = useRouteLoaderData('root') as RootData | undefined
  const provided = useContext(MessagesContext)
  if (!data) return makeTranslator(defaultLocale, enEssential)
  return makeTranslator(data.locale, loadedModules.get(data.messagesUrl) ?? provided)
}

export function useDir(): 'ltr' | 'rtl' {
  return localeInfo[useLocale()].dir
}
