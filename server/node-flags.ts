import v8 from 'node:v8'

// How the server's Node process is tuned, in one place (ADR 0020).
//
// Large uploads allocate a fresh buffer per network chunk and per encrypted
// chunk. By default V8 answers every 64 MB of such outside-the-heap memory
// with a full collection of the whole heap, which cost a quarter of the
// server's time during a 1 GB upload (bench/upload.ts). That memory is
// counted in the global heap limit instead, with a 16 MB young generation, and
// the upload pipeline asks for a young-generation collection every 32 MB so
// the dead buffers never reach that limit (ADR 0024).

/** Flags that must be on the command line (package.json `start` repeats them). */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=16']

/** Flags V8 accepts after start; server/main.ts applies them first thing. */
export function applyRuntimeFlags() {
  v8.setFlagsFromString('--external-memory-accounted-in-global-limit')
}
