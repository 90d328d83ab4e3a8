// Which offers to compare, read from the URL (?offer=a&offer=b or ?offers=a,b).
export const MAX_COMPARE = 4

export function compareSelection(values: string[]): { ids: string[]; truncated: boolean } {
  const ids: string[] = []
  for (const v of values.flatMap((x) => x.split(','))) {
    const id = v.trim()
    if (/^[A-Za-z0-9_-]{1,80}$/.test(id) && !ids.includes(id)) ids.push(id)
  }
  return { ids: ids.slice(0, MAX_COMPARE), truncated: ids.length > MAX_COMPARE }
}
