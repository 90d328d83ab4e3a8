import { pipeline, type Readable, Transform, type TransformCallback } from 'node:stream'
import {
  classifyDocument,
  SNIFF_BYTES,
  type DocumentKind,
  type RefusalReason,
} from '#domain/documents/document-kinds.ts'
import { createHeicStripper } from '#domain/documents/heic-metadata.ts'
import { createJpegStripper } from '#domain/documents/jpeg-metadata.ts'
import type { MetadataStripper } from '#domain/documents/metadata-stripper.ts'
import { createPngStripper } from '#domain/documents/png-metadata.ts'
import {
  createZipLocalScanner,
  readZipDirectory,
  type ZipLocalScanner,
} from '#domain/documents/zip-directory.ts'
import { PDF_END_BYTES, pdfEndsProperly, type PdfEndRefusal } from '#domain/documents/pdf-end.ts'
import { checkZipEntries, type ZipRefusal } from '#domain/documents/zip-policy.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { DICOM_HEAD_BYTES, entryHead, readDicomSummary } from './dicom-header.ts'
import {
  decryptingObjectStream,
  encryptingStream,
  newDataKey,
  unwrapKey,
  wrapKey,
  type WrappedKey,
} from './envelope.ts'
import { collectYoungGeneration } from '../young-generation.ts'
import { ParallelSha256 } from './parallel-sha256.ts'
import { STREAM_BUFFER_BYTES, type DocumentStorage } from './storage.ts'

// One pass over an upload, in constant memory: the bytes are classified by
// content, cleaned (photo metadata), inspected (ZIP directory, DICOM header),
// hashed, encrypted with a fresh data key and streamed to storage. Anything
// refused, cut short or broken leaves no object behind.

export type DocumentMeta = {
  studyDate?: string /* YYYY-MM-DD */
  modality?: string
  files?: number
  metadataStripped?: boolean
}
export type UploadRefusal = RefusalReason | ZipRefusal | PdfEndRefusal | 'document.truncated'
export type IngestedDocument = {
  kind: DocumentKind
  /** Bytes stored (after stripping), before encryption. */
  bytes: number
  /** Hex SHA-256 of the bytes stored (after stripping). */
  sha256: string
  meta: DocumentMeta
  wrappedKey: WrappedKey
}

/** How many bytes of input pass between two young-generation collections (ADR 0024). */
const COLLECT_EVERY_BYTES = 32 * 1024 * 1024

/** How much of a ZIP's end is kept to read its central directory (about 90,000 entries' worth). */
export const ZIP_TAIL_BYTES = 8 * 1024 * 1024

class Refused extends Error {
  readonly reason: UploadRefusal
  constructor(reason: UploadRefusal) {
    super(reason)
    this.reason = reason
  }
}

const strippers: Partial<Record<DocumentKind, () => MetadataStripper>> = {
  jpeg: createJpegStripper,
  png: createPngStripper,
  heic: createHeicStripper,
}

/** Which ZIP entry's start is read for the study's date and modality. */
const isImageCandidate = (name: string) => {
  const base = name.split('/').pop() ?? ''
  return base !== '' && base.toUpperCase() !== 'DICOMDIR' && !name.startsWith('__MACOSX/')
}

/** The last `capacity` bytes of a stream, as a list of chunks (never more than capacity + one chunk). */
class RollingTail {
  private chunks: Buffer[] = []
  private length = 0
  private readonly capacity: number
  constructor(capacity: number) {
    this.capacity = capacity
  }
  push(chunk: Buffer) {
    this.chunks.push(chunk)
    this.length += chunk.length
    while (this.chunks.length > 1 && this.length - this.chunks[0]!.length >= this.capacity) {
      this.length -= this.chunks.shift()!.length
    }
  }
  bytes(): Buffer {
    const all = Buffer.concat(this.chunks)
    return all.subarray(Math.max(0, all.length - this.capacity))
  }
}

/**
 * The inspecting transform: passes the cleaned bytes on, and fails with a
 * `Refused` error as soon as the upload is known to be unacceptable.
 */
class Inspector extends Transform {
  refusal: UploadRefusal | null = null
  kind: DocumentKind | null = null
  inputBytes = 0
  outputBytes = 0
  meta: DocumentMeta = {}
  private readonly maxBytes: number
  readonly hash = new ParallelSha256()
  private head: Buffer[] = []
  private headLength = 0
  private stripper: MetadataStripper | null = null
  private zip: { tail: RollingTail; local: ZipLocalScanner } | null = null
  private pdfTail: RollingTail | null = null
  private dicomHead: Buffer[] | null = null
  private dicomHeadLength = 0

  constructor(maxBytes: number) {
    super({ highWaterMark: STREAM_BUFFER_BYTES })
    this.maxBytes = maxBytes
  }

  private refuse(reason: UploadRefusal): never {
    this.refusal ??= reason
    throw new Refused(reason)
  }

  private pass(bytes: Uint8Array) {
    if (bytes.length === 0) return
    this.hash.update(bytes)
    this.outputBytes += bytes.length
    this.push(bytes)
  }

  private decide(head: Buffer) {
    const kind = classifyDocument(head, head.length)
    if (!kind.ok) this.refuse(kind.error)
    this.kind = kind.value
    this.stripper = strippers[kind.value]?.() ?? null
    if (kind.value === 'zip') {
      this.zip = {
        tail: new RollingTail(ZIP_TAIL_BYTES),
        local: createZipLocalScanner(DICOM_HEAD_BYTES, isImageCandidate),
      }
    }
    if (kind.value === 'dicom') this.dicomHead = []
    if (kind.value === 'pdf') this.pdfTail = new RollingTail(PDF_END_BYTES)
  }

  private process(chunk: Buffer) {
    this.pdfTail?.push(chunk)
    if (this.zip) {
      this.zip.tail.push(chunk)
      this.zip.local.push(chunk)
      if (this.zip.local.stray) this.refuse('document.polyglot')
    }
    if (this.dicomHead && this.dicomHeadLength < DICOM_HEAD_BYTES) {
      const piece = chunk.subarray(0, DICOM_HEAD_BYTES - this.dicomHeadLength)
      this.dicomHead.push(Buffer.from(piece))
      this.dicomHeadLength += piece.length
    }
    if (this.stripper) {
      for (const out of this.stripper.push(chunk)) this.pass(out)
      if (this.stripper.malformed) this.refuse('document.unknown-type')
    } else this.pass(chunk)
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    try {
      this.inputBytes += chunk.length
      if (this.inputBytes > this.maxBytes) this.refuse('document.too-large')
      if (this.kind) this.process(chunk)
      else {
        this.head.push(chunk)
        this.headLength += chunk.length
        if (this.headLength >= SNIFF_BYTES) this.startStreaming()
      }
      const behind = this.hash.backpressure() // the hashing worker is a few MB behind
      if (behind) behind.then(() => done(), done)
      else done()
    } catch (e) {
      done(e as Error)
    }
  }

  private startStreaming() {
    const head = Buffer.concat(this.head)
    this.head = []
    this.decide(head)
    this.process(head)
  }

  override _flush(done: TransformCallback) {
    try {
      if (!this.kind) {
        if (this.headLength === 0) this.refuse('document.empty')
        this.startStreaming()
      }
      if (this.stripper) {
        for (const out of this.stripper.finish()) this.pass(out)
        if (this.stripper.malformed) this.refuse('document.unknown-type')
        this.meta.metadataStripped = this.stripper.removed.length > 0
      }
      if (this.zip) this.finishZip(this.zip)
      if (this.pdfTail && !pdfEndsProperly(this.pdfTail.bytes())) this.refuse('document.pdf-incomplete')
      if (this.dicomHead) Object.assign(this.meta, readDicomSummary(Buffer.concat(this.dicomHead)))
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  private finishZip(zip: { tail: RollingTail; local: ZipLocalScanner }) {
    const directory = readZipDirectory(zip.tail.bytes(), this.inputBytes)
    if (!directory.ok) {
      this.refuse(
        directory.error === 'zip.too-many-entries' ? 'zip.too-many-entries' : 'document.unknown-type',
      )
    }
    // Every entry a streaming unzipper would meet must be the directory's entry
    // at that offset, under the same name: one archive, one meaning.
    const byOffset = new Map(directory.value.map((e) => [e.localHeaderOffset, e]))
    for (const local of zip.local.entries) {
      if (byOffset.get(local.offset)?.name !== local.name) this.refuse('document.polyglot')
    }
    const policy = checkZipEntries(directory.value)
    if (!policy.ok) this.refuse(policy.error)
    this.meta.files = policy.value.files
    const first = zip.local.firstFile
    const head = first ? entryHead(first.entry.method, first.data) : null
    if (head) Object.assign(this.meta, readDicomSummary(head))
  }

  async result(): Promise<Omit<IngestedDocument, 'wrappedKey'>> {
    return { kind: this.kind!, bytes: this.outputBytes, sha256: await this.hash.digest(), meta: this.meta }
  }
}

/** Resolves when the stream can take more, or has been destroyed. */
function drainedOrClosed(stream: Transform): Promise<void> {
  if (stream.destroyed) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
  })
}

/**
 * Stores one upload. On a refusal by content or size, or when the input
 * breaks, the partial object is deleted and the rest of the input is still
 * read (and discarded) so the client receives the answer; storage failures
 * are thrown.
 */
export async function ingestDocument(
  deps: { storage: DocumentStorage; masterKey: Buffer },
  input: Readable,
  options: { storageKey: string; maxBytes: number },
): Promise<Result<IngestedDocument, UploadRefusal>> {
  // The caller sets the limit (configurable, 500 MB by default: UPLOAD_MAX_FILE_MB).
  const inspector = new Inspector(Math.max(0, options.maxBytes))
  const dataKey = newDataKey()
  const encrypted = pipeline(inspector, encryptingStream(dataKey), () => {})
  const stored = deps.storage.put(options.storageKey, encrypted).then(
    () => null,
    (e: unknown) => e ?? new Error('storage failed'),
  )

  let inputFailed = false
  let sinceCollection = 0
  try {
    for await (const chunk of input) {
      sinceCollection += (chunk as Buffer).length
      if (sinceCollection >= COLLECT_EVERY_BYTES) {
        sinceCollection = 0
        collectYoungGeneration() // the dead chunks before these, freed now
      }
      if (inspector.destroyed) continue // refused or failed: drain the rest
      if (!inspector.write(chunk)) await drainedOrClosed(inspector)
    }
  } catch {
    inputFailed = true
  }
  if (inputFailed) {
    inspector.refusal ??= 'document.truncated'
    inspector.destroy(new Refused('document.truncated'))
  } else if (!inspector.destroyed) inspector.end()

  const storageError = await stored
  const refusal = inspector.refusal
  if (refusal || storageError) {
    inspector.hash.discard()
    await deps.storage.delete(options.storageKey).catch(() => {})
    if (refusal) return err(refusal)
    throw storageError
  }
  return ok({ ...(await inspector.result()), wrappedKey: wrapKey(dataKey, deps.masterKey) })
}

/** The decrypted document as a stream; it errors at its end if the object was tampered with. */
export async function openDocument(
  deps: { storage: DocumentStorage; masterKey: Buffer },
  doc: { storageKey: string; wrappedKey: WrappedKey },
): Promise<Readable> {
  return decryptingObjectStream(deps.storage, doc.storageKey, unwrapKey(doc.wrappedKey, deps.masterKey))
}
