// The text of a fragment of the server's sanitised HTML, for structured data
// (JSON-LD) that wants words, not markup: tags become spaces, the entities the
// sanitiser writes are decoded, and runs of white space collapse.
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (entities[e.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim()
}
