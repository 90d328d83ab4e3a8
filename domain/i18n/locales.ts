// The languages Waypoint speaks. Arabic is right-to-left; French serves a large
// share of patients from North and West Africa. English is the fallback.
export const locales = ['en', 'ar', 'fr'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

export const localeInfo: Record<Locale, { dir: 'ltr' | 'rtl'; nativeName: string; intl: string }> = {
  en: { dir: 'ltr', nativeName: 'English', intl: 'en-GB' },
  ar: { dir: 'rtl', nativeName: 'العربية', intl: 'ar' },
  fr: { dir: 'ltr', nativeName: 'Français', intl: 'fr-FR' },
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** An explicit choice (cookie) wins; otherwise the first supported language the browser asks for. */
export function negotiateLocale(
  chosen: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(chosen)) return chosen
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 }
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of wanted) {
    const base = tag.split('-')[0]
    if (isLocale(base)) return base
  }
  return defaultLocale
}
