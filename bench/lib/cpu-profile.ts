import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

// CPU accounting for the profile benches (profile-search, profile-queue): a
// process's CPU from /proc, the PostgreSQL backends serving one database, and
// a summary of a V8 CPU profile's self time by package and by function.
const ticks = 100 // USER_HZ on Linux

export async function cpuMs(pid: number, part: 'all' | 'system' = 'all'): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (((part === 'all' ? Number(fields[11]) : 0) + Number(fields[12])) * 1000) / ticks
}

/** The PostgreSQL backends connected to the bench database. */
function backendPids(database: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (cmd.startsWith('postgres: ') && cmd.includes(` ${database} `)) pids.push(Number(entry))
    } catch {
      // gone
    }
  }
  return pids
}

export async function backendsMs(database: string): Promise<Map<number, number>> {
  const out = new Map<number, number>()
  for (const pid of backendPids(database)) out.set(pid, await cpuMs(pid))
  return out
}

export function selfMs(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0)
  return total
}

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

function where(url: string): string {
  if (!url) return '(native/gc/idle)'
  if (url.startsWith('node:')) return url.split('/')[0]!
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1]!
  return path.relative(process.cwd(), url.replace('file://', ''))
}

export function summariseProfile(file: string) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)))
  const byPlace = new Map<string, number>()
  const byFunction = new Map<string, number>()
  let total = 0
  for (const [id, us] of self) {
    const n = byId.get(id)!
    const name = n.callFrame.functionName || '(anonymous)'
    if (name === '(idle)') continue
    total += us
    const place = ['(garbage collector)', '(program)'].includes(name) ? name : where(n.callFrame.url)
    byPlace.set(place, (byPlace.get(place) ?? 0) + us)
    const fn = `${name} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us)
  }
  const show = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .forEach(([k, us]) => console.log(`  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`))
  console.log(`\nprofile ${file}: ${(total / 1e6).toFixed(1)} s busy\nself time by place:`)
  show(byPlace, 25)
  console.log('self time by function:')
  show(byFunction, 40)
}
