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

export function useT(): Translate {
  const data = useRouteLoaderData('root') as RootData | undefined
  const messages = useContext(MessagesContext)
  return data ? makeTranslator(data.locale, messages) : makeTranslator(defaultLocale, enEssential)
}

export function useDir(): 'ltr' | 'rtl' {
  return localeInfo[useLocale()].dir
}
