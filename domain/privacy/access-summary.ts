// "Who looked at my records", as a person reads it: one line for a visit, not
// one per page view. Reads by the same person, of the same thing, in the same
// capacity, with less than `gapMinutes` between them, make one visit.
export type AccessRead = {
  at: Date
  who: string
  role: string
  as: string
  what: 'case' | 'document'
  documentId: string | null
  /** For a clinic's staff: which provider they looked for. */
  providerId: string | null
}

export type AccessVisit = AccessRead & { from: Date; count: number }

const sameThing = (a: AccessRead, b: AccessRead) =>
  a.who === b.who &&
  a.role === b.role &&
  a.as === b.as &&
  a.what === b.what &&
  a.documentId === b.documentId &&
  a.providerId === b.providerId

/** Reads newest first in, visits newest first out. */
export function accessVisits(reads: readonly AccessRead[], gapMinutes = 30): AccessVisit[] {
  const visits: AccessVisit[] = []
  const gap = gapMinutes * 60_000
  for (const read of reads) {
    const open = visits.findLast((v) => sameThing(v, read))
    if (open && open.from.getTime() - read.at.getTime() <= gap) {
      open.from = read.at
      open.count += 1
    } else visits.push({ ...read, from: read.at, count: 1 })
  }
  return visits
}
