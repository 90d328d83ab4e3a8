// The text of the server's sanitised inline HTML (a paragraph or list item of a
// reviewed page), for structured data that wants words, not markup.
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }

export const htmlText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e]!)
    .replace(/[ \t\r\n]+/g, ' ')
