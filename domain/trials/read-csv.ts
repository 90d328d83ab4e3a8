import { err, ok, type Result } from '../shared/result.ts'

// RFC 4180 CSV: commas, double-quoted cells with "" for a quote, CRLF or LF.
// Enough for a registry export; a quote left open is refused, not guessed at.
export function readCsv(text: string): Result<string[][], string> {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (quoted) return err('The CSV file ends inside a quoted cell')
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  const filled = rows.filter((r) => r.some((c) => c.trim() !== ''))
  if (filled.length === 0) return err('The CSV file is empty')
  return ok(filled)
}
