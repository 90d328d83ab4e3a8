// Catalogue text written in English (evidence records, providers' own words,
// trial titles) shown on a page in another language. It says it is English
// for screen readers (lang) and keeps its own direction (dir), so on an Arabic
// page a sentence's full stop stays at its end.
export function englishTextIn(locale: string): { lang?: 'en'; dir?: 'ltr' } {
  return locale === 'en' ? {} : { lang: 'en', dir: 'ltr' }
}
