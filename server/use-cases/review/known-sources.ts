import { sourceRegistry } from '../../content/sources.ts'

/** The sources a revision may cite (content/sources.json), by title, for the console's choices. */
export function knownSources(): { id: string; title: string; publisher: string | null }[] {
  return [...sourceRegistry().values()]
    .map((s) => ({ id: s.id, title: s.title, publisher: s.publisher ?? null }))
    .sort((a, b) => a.title.localeCompare(b.title))
}
