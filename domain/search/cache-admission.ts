// Which search pages are worth storing in the page cache (ADR 0021, 0030).
// Storing a page costs more than rendering it once more would save if it is
// never asked again: the cache recompresses it, about 6 ms of CPU for a
// search page, on every miss. The long tail of searches (distinct questions,
// each asked once) then paid for a cache that never answered them. So a
// page is stored when its URL was asked before, or while most recent asks
// are repeats (popular searches, or a process too new to know).

export type Admission = {
  /** URL → when it was last asked; oldest first (Map keeps insertion order). */
  seen: Map<string, number>
  /** Whether each of the last `recent.length` asks repeated a URL, as a ring. */
  recent: boolean[]
  asks: number
  capacity: number
  /** A repeat counts within this many milliseconds of the previous ask. */
  memoryMs: number
}

export function createAdmission(
  options: { capacity?: number; window?: number; memoryMs?: number } = {},
): Admission {
  return {
    seen: new Map(),
    recent: new Array<boolean>(options.window ?? 200).fill(false),
    asks: 0,
    capacity: options.capacity ?? 50_000,
    memoryMs: options.memoryMs ?? 10 * 60_000,
  }
}

/** Share of recent asks that repeated a URL; null while too few asks are known. */
export function repeatShare(a: Admission): number | null {
  const known = Math.min(a.asks, a.recent.length)
  if (known < a.recent.length / 4) return null
  let repeats = 0
  for (let i = 0; i < known; i++) if (a.recent[i]) repeats++
  return repeats / known
}

/** Records an ask of `key` at `now` and says whether its page should be stored. */
export function admit(a: Admission, key: string, now: number): boolean {
  const last = a.seen.get(key)
  const repeat = last !== undefined && now - last <= a.memoryMs
  a.recent[a.asks % a.recent.length] = repeat
  a.asks++
  a.seen.delete(key)
  a.seen.set(key, now)
  if (a.seen.size > a.capacity) a.seen.delete(a.seen.keys().next().value!)
  if (repeat) return true
  const share = repeatShare(a)
  return share === null || share >= 0.5
}
