import busboy from 'busboy'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { takeNodeBody } from '../http/react-router-handler.ts'

// A streaming multipart/form-data reader for a web Request: fields are
// collected, files are handed over one at a time as streams and never
// buffered. A broken body is a Result error, never a throw; the file being
// read when the body breaks errors, so its consumer sees a truncated upload.

export type UploadedFile = { field: string; filename: string; mimeType: string; stream: Readable }

export type MultipartError = 'multipart.malformed' | 'multipart.too-many-files' | 'multipart.not-multipart'

export const MULTIPART_DEFAULTS = { files: 10, fields: 50, fieldBytes: 64 * 1024 }

type Pending = { file: UploadedFile; fieldsSoFar: Record<string, string> }

/** True when the stream ends without a byte; the stream is left intact otherwise. */
function endsEmpty(stream: Readable): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (empty: boolean) => {
      stream.off('readable', onReadable)
      stream.off('end', onEnd)
      stream.off('error', onError)
      resolve(empty)
    }
    const onReadable = () => {
      const chunk: Buffer | null = stream.read()
      if (chunk === null) return // 'end' follows, or more data
      stream.unshift(chunk)
      settle(false)
    }
    const onEnd = () => settle(true)
    const onError = () => settle(false) // the consumer meets the error itself
    stream.on('readable', onReadable)
    stream.on('end', onEnd)
    stream.on('error', onError)
  })
}

const clean = (value: string) => value.replaceAll('\0', '')

export async function readMultipart<T>(
  request: Request,
  onFile: (file: UploadedFile, fieldsSoFar: Record<string, string>) => Promise<T>,
  limits: { files?: number; fields?: number; fieldBytes?: number } = {},
): Promise<Result<{ fields: Record<string, string>; files: T[] }, MultipartError>> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\b/i.test(contentType.trim())) return err('multipart.not-multipart')
  if (!request.body) return err('multipart.malformed')

  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      limits: {
        files: limits.files ?? MULTIPART_DEFAULTS.files,
        fields: limits.fields ?? MULTIPART_DEFAULTS.fields,
        fieldSize: limits.fieldBytes ?? MULTIPART_DEFAULTS.fieldBytes,
        fieldNameSize: 200,
        headerPairs: 20,
      },
    })
  } catch {
    return err('multipart.malformed') // e.g. no boundary
  }

  const fields: Record<string, string> = {}
  const queue: Pending[] = []
  let problem: MultipartError | null = null
  let finished = false
  let wake: (() => void) | null = null
  const poke = () => {
    const w = wake
    wake = null
    w?.()
  }

  parser.on('field', (name, value, info) => {
    if (info.valueTruncated || info.nameTruncated) problem ??= 'multipart.malformed'
    const key = clean(name)
    if (!(key in fields)) fields[key] = clean(value)
  })
  parser.on('file', (name, stream, info) => {
    queue.push({
      file: { field: clean(name), filename: clean(info.filename ?? ''), mimeType: info.mimeType, stream },
      fieldsSoFar: { ...fields },
    })
    poke()
  })
  parser.on('filesLimit', () => (problem ??= 'multipart.too-many-files'))
  parser.on('fieldsLimit', () => (problem ??= 'multipart.malformed'))
  parser.on('error', () => {
    problem = problem === 'multipart.too-many-files' ? problem : 'multipart.malformed'
    finished = true
    poke()
  })
  parser.on('close', () => {
    finished = true
    poke()
  })

  // Straight from the socket when the HTTP shell allows it: no web-stream hop.
  const body = takeNodeBody(request) ?? Readable.fromWeb(request.body as WebReadableStream<Uint8Array>)
  // A dropped connection breaks the parser, which breaks the file being read.
  body.on('error', (e) => parser.destroy(e))
  body.pipe(parser)

  const files: T[] = []
  try {
    for (;;) {
      const next = queue.shift()
      if (next) {
        const { file, fieldsSoFar } = next
        // A browser sends an empty, nameless file part when no file was chosen.
        if (file.filename === '' && (await endsEmpty(file.stream))) continue
        files.push(await onFile(file, fieldsSoFar))
        file.stream.resume() // whatever the consumer left unread
        continue
      }
      if (finished) break
      await new Promise<void>((resolve) => (wake = resolve))
    }
  } catch (e) {
    body.destroy()
    parser.destroy()
    for (const p of queue) p.file.stream.resume()
    throw e
  }
  if (problem) return err(problem)
  return ok({ fields, files })
}
