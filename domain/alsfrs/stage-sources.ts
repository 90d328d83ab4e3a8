import registry from '../../content/sources.json' with { type: 'json' }

// The sources the ALSFRS-R result's stages rest on, from the one registry
// (content/sources.json): King's staging (Roche 2012) as estimated from the
// ALSFRS-R (Balendra 2014), and MiToS (Chiò 2015). Domain reference §4.5–4.6.
export const stageSourceIds = {
  kings: ['roche-2012-kings-staging', 'balendra-2014-kings-from-alsfrs'],
  mitos: ['chio-2015-mitos'],
} as const

export type StageSource = { id: string; title: string; url: string | null }

function cite(id: string): StageSource {
  const s = registry.find((x) => x.id === id)
  if (!s) throw new Error(`source id "${id}" is not in content/sources.json`)
  return { id, title: s.title, url: 'url' in s && s.url ? s.url : null }
}

/** The sources to show under the stages' explanation. */
export function stageSources(): { kings: StageSource[]; mitos: StageSource[] } {
  return { kings: stageSourceIds.kings.map(cite), mitos: stageSourceIds.mitos.map(cite) }
}
