import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'

// A young-generation collection on demand (ADR 0024). An upload lets go of
// two short-lived buffers per network chunk (the parser's copy and the
// ciphertext), outside the JavaScript heap. The heap itself barely grows, so
// V8 would not collect them until they pressed on its global limit, and then
// with a full, concurrent collection of the whole app's heap. A minor
// collection every few dozen MB frees them in well under a millisecond.

type Gc = (options: { type: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void

let gc: Gc | null = null

/** The collector, taken from a fresh context so `gc` never appears on our own globals. */
function collector(): Gc {
  if (gc) return gc
  v8.setFlagsFromString('--expose-gc')
  try {
    gc = runInNewContext('gc') as Gc
  } finally {
    v8.setFlagsFromString('--no-expose-gc')
  }
  return gc
}

export function collectYoungGeneration(): void {
  collector()({ type: 'minor' })
}
