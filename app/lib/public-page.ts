/**
 * `export const headers = publicPageHeaders` on a route whose page is the same
 * for every anonymous visitor in a language: the HTTP shell may then serve it
 * from its page cache for a few seconds (docs/decisions/0021-public-page-cache.md).
 */
export const publicPageHeaders = () => ({ 'x-waypoint-page-cache': 'public' }) // PAGE_CACHE_HEADER in the shell
