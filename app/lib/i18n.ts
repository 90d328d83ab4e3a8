import { useRouteLoaderData } from 'react-router'
import { defaultLocale, localeInfo, type Locale } from '#domain/i18n/locales.ts'
import { translator, type Translate } from '#domain/i18n/translate.ts'

type RootData = { locale: Locale }

export function useLocale(): Locale {
  const data = useRouteLoaderData('root') as RootData | undefined
  return data?.locale ?? defaultLocale
}

export function useT(): Translate {
  return translator(useLocale())
}

export function useDir(): 'ltr' | 'rtl' {
  return localeInfo[useLocale()].dir
}
