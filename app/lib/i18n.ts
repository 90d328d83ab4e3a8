import { useRouteLoaderData } from 'react-router'
import { makeTranslator, type Messages, type Translate } from '#domain/i18n/format-message.ts'
import { defaultLocale, localeInfo, type Locale } from '#domain/i18n/locales.ts'
import { enEssential } from '#domain/i18n/messages/en-essential.ts'

// The viewer's messages come from the root loader, so the JavaScript bundle
// carries no catalogue (docs/decisions/0019-one-language-per-page.md).
type RootData = { locale: Locale; messages: string }

// Parsed once per catalogue text, not on every render.
let parsed: { text: string; messages: Messages } | null = null
function messagesOf(text: string): Messages {
  if (parsed?.text !== text) parsed = { text, messages: JSON.parse(text) as Messages }
  return parsed.messages
}

export function useLocale(): Locale {
  const data = useRouteLoaderData('root') as RootData | undefined
  return data?.locale ?? defaultLocale
}

export function useT(): Translate {
  const data = useRouteLoaderData('root') as RootData | undefined
  return data
    ? makeTranslator(data.locale, messagesOf(data.messages))
    : makeTranslator(defaultLocale, enEssential)
}

export function useDir(): 'ltr' | 'rtl' {
  return localeInfo[useLocale()].dir
}
