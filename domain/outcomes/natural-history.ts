import reference from '../../content/reference/natural-history.json' with { type: 'json' }
import registry from '../../content/sources.json' with { type: 'json' }

// The natural-history reference a person's course is drawn against: reviewed
// data in content/reference/natural-history.json (domain reference §4.3).
// The band is the "about average" range of decline (0.5–1.0 points a month,
// the cut-offs the ALSFRS-R result already uses), not mean ± spread: the
// PRO-ACT spread (±2.3 around 1.02) reaches into improvement and would cover
// any course, which makes a band say nothing.
export type NaturalHistory = {
  /** Points lost per month, positive numbers. */
  meanDeclinePerMonth: number
  band: { slowerPerMonth: number; fasterPerMonth: number }
  sources: { id: string; title: string; url: string | null }[]
  reviewDate: string
}

function cite(id: string) {
  const s = registry.find((x) => x.id === id)
  if (!s) throw new Error(`source id "${id}" is not in content/sources.json`)
  return { id, title: s.title, url: 'url' in s && s.url ? s.url : null }
}

export const naturalHistory: NaturalHistory = {
  meanDeclinePerMonth: reference.meanDeclinePerMonth,
  band: reference.band,
  sources: reference.sourceIds.map(cite),
  reviewDate: reference.reviewDate,
}
