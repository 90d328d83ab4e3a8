import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SERVER_NODE_ARGS } from './node-flags.ts'

// In a Node process tuned as the server is (node-flags.ts), because that
// tuning is why dead upload buffers linger until somebody collects them.
const here = import.meta.dirname
const probe = (collect: boolean) => `
import { setTimeout as sleep } from 'node:timers/promises'
import { applyRuntimeFlags } from ${JSON.stringify(path.join(here, 'node-flags.ts'))}
import { collectYoungGeneration } from ${JSON.stringify(path.join(here, 'young-generation.ts'))}
applyRuntimeFlags()
const held = () => process.memoryUsage().arrayBuffers
const before = held()
;(() => { for (let i = 0; i < 64; i++) Buffer.allocUnsafeSlow(1024 * 1024).fill(i) })()
await sleep(200)
${collect ? 'collectYoungGeneration()' : ''}
await sleep(200)
console.log(JSON.stringify({ heldMb: (held() - before) / 1048576, gcExposed: 'gc' in globalThis }))
`
const run = (collect: boolean) =>
  JSON.parse(
    execFileSync(process.execPath, [...SERVER_NODE_ARGS, '--input-type=module', '-e', probe(collect)], {
      encoding: 'utf8',
    }),
  ) as { heldMb: number; gcExposed: boolean }

describe('a young-generation collection on demand', () => {
  it('frees the buffers an upload dropped, which the tuned server would otherwise keep', () => {
    expect(run(false).heldMb).toBeGreaterThan(32)
    const collected = run(true)
    expect(collected.heldMb).toBeLessThan(8)
    expect(collected.gcExposed).toBe(false)
  })
})
