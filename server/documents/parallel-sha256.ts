import { Worker } from 'node:worker_threads'

// SHA-256 of an upload, computed on a worker thread (ADR 0024). Hashing is
// the costliest step of an upload (about 1.3 GB/s on one core here), and on
// the main thread it kept the event loop from reading the socket: the upload
// benchmark ran about a third faster without it. Bytes are copied into a few reused
// 1 MB batches that travel to the worker and back, so hashing adds no
// garbage and at most (IN_FLIGHT + 1) MB per upload.

const BATCH_BYTES = 1024 * 1024
const IN_FLIGHT = 4

type ToWorker = { id: number; batch?: ArrayBuffer; length?: number; end?: boolean }
type FromWorker = { id: number; batch?: ArrayBuffer; digest?: string }

// Plain JavaScript evaluated in the worker: nothing to resolve from the bundle,
// and the same whether Node reads it as a script or as a module.
const workerSource = `
const { parentPort } = process.getBuiltinModule('node:worker_threads')
const { createHash } = process.getBuiltinModule('node:crypto')
const hashes = new Map()
parentPort.on('message', ({ id, batch, length, end }) => {
  let hash = hashes.get(id)
  if (!hash) hashes.set(id, (hash = createHash('sha256')))
  if (batch) {
    hash.update(new Uint8Array(batch, 0, length))
    parentPort.postMessage({ id, batch }, [batch])
  }
  if (end) {
    hashes.delete(id)
    parentPort.postMessage({ id, digest: hash.digest('hex') })
  }
})
`

type Listener = { onBatch(batch: ArrayBuffer): void; onDigest(hex: string): void; onFail(e: Error): void }

/** One worker for every upload in the process, started on first use. */
let shared: { worker: Worker; listeners: Map<number, Listener> } | null = null
let nextId = 1

function hashWorker() {
  if (shared) return shared
  const worker = new Worker(workerSource, { eval: true })
  const listeners = new Map<number, Listener>()
  const current = { worker, listeners }
  const fail = (e: Error) => {
    if (shared === current) shared = null // the next upload starts a fresh worker
    for (const l of listeners.values()) l.onFail(e)
    listeners.clear()
  }
  worker.on('message', (m: FromWorker) => {
    const l = listeners.get(m.id)
    if (m.batch) l?.onBatch(m.batch)
    if (m.digest !== undefined) {
      listeners.delete(m.id)
      if (listeners.size === 0) worker.unref()
      l?.onDigest(m.digest)
    }
  })
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`hash worker exited (${code})`)))
  worker.unref() // idle, it never keeps the process alive (set after the listeners, which ref it)
  shared = current
  return current
}

export class ParallelSha256 {
  private readonly id = nextId++
  private readonly worker: Worker
  private readonly free: ArrayBuffer[] = []
  private batch: Uint8Array
  private filled = 0
  private inFlight = 0
  private failure: Error | null = null
  private ended = false
  private wake: { resolve(): void; reject(e: Error): void } | null = null
  private readonly result: Promise<string>

  constructor() {
    const { worker, listeners } = hashWorker()
    this.worker = worker
    if (listeners.size === 0) worker.ref() // a hash in progress keeps the process alive
    this.batch = new Uint8Array(new ArrayBuffer(BATCH_BYTES))
    let settle!: { resolve(hex: string): void; reject(e: Error): void }
    this.result = new Promise<string>((resolve, reject) => (settle = { resolve, reject }))
    this.result.catch(() => {}) // observed through digest(); an abandoned hash must not be unhandled
    listeners.set(this.id, {
      onBatch: (batch) => {
        this.inFlight--
        this.free.push(batch)
        const w = this.wake
        this.wake = null
        w?.resolve()
      },
      onDigest: (hex) => settle.resolve(hex),
      onFail: (e) => {
        this.failure = e
        settle.reject(e)
        const w = this.wake
        this.wake = null
        w?.reject(e)
      },
    })
  }

  private send(message: ToWorker, transfer: ArrayBuffer[]) {
    if (!this.failure) this.worker.postMessage(message, transfer)
  }

  private post() {
    if (this.filled === 0) return
    const buffer = this.batch.buffer as ArrayBuffer
    this.send({ id: this.id, batch: buffer, length: this.filled }, [buffer])
    this.inFlight++
    this.batch = new Uint8Array(this.free.pop() ?? new ArrayBuffer(BATCH_BYTES))
    this.filled = 0
  }

  /** Takes a copy of the bytes; the caller may reuse them at once. */
  update(bytes: Uint8Array): void {
    if (this.ended) throw new Error('hash already finished')
    let offset = 0
    while (offset < bytes.length) {
      const n = Math.min(bytes.length - offset, BATCH_BYTES - this.filled)
      this.batch.set(bytes.subarray(offset, offset + n), this.filled)
      this.filled += n
      offset += n
      if (this.filled === BATCH_BYTES) this.post()
    }
  }

  /** A promise to wait on before more input while the worker is behind; null when it is not. */
  backpressure(): Promise<void> | null {
    if (this.failure) return Promise.reject(this.failure)
    if (this.inFlight < IN_FLIGHT) return null
    return new Promise((resolve, reject) => (this.wake = { resolve, reject }))
  }

  /** The hex digest of everything given; ends the hash. */
  digest(): Promise<string> {
    if (!this.ended) {
      this.ended = true
      this.post()
      this.send({ id: this.id, end: true }, [])
    }
    return this.result
  }

  /** Ends a hash whose result is not wanted (a refused upload). */
  discard(): void {
    void this.digest()
  }
}
