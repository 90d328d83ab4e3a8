import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import type { Readable } from 'node:stream'
import { assertRange, assertStorageKey, ObjectNotFoundError, type DocumentStorage } from './storage.ts'

export type S3StorageOptions = {
  /** e.g. http://127.0.0.1:9000 for MinIO; omit for AWS itself. */
  endpoint?: string
  region: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
}

/** Parts are 8 MiB, two in flight: an upload holds at most about 16 MiB of memory. */
const PART_BYTES = 8 * 1024 * 1024
const PARTS_IN_FLIGHT = 2

const isNotFound = (e: unknown) =>
  (e instanceof S3ServiceException && (e.name === 'NoSuchKey' || e.name === 'NotFound')) ||
  (e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage…), path
 * style so any endpoint works. Uploads are multipart and streamed; a failed
 * upload is aborted, so no object appears under the key.
 */
export function createS3Storage(options: S3StorageOptions): DocumentStorage & { client: S3Client } {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: true,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  })
  const Bucket = options.bucket

  return {
    client,

    async put(key, body: Readable) {
      assertStorageKey(key)
      let bodyError: unknown = null
      body.once('error', (e) => (bodyError = e))
      const upload = new Upload({
        client,
        params: { Bucket, Key: key, Body: body },
        partSize: PART_BYTES,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      })
      try {
        await upload.done()
      } catch (e) {
        // Multipart uploads are aborted by Upload; a single-part one never became an object.
        // Deleting is a belt for servers that completed anyway.
        await client.send(new DeleteObjectCommand({ Bucket, Key: key })).catch(() => {})
        if (!body.destroyed) body.destroy()
        // Upload may report its failed abort instead of the cause; the cause is what callers need.
        throw bodyError ?? e
      }
    },

    async get(key, range) {
      assertStorageKey(key)
      assertRange(range)
      try {
        const res = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: key,
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        )
        return res.Body as Readable
      } catch (e) {
        throw isNotFound(e) ? new ObjectNotFoundError(key) : e
      }
    },

    async size(key) {
      assertStorageKey(key)
      try {
        const res = await client.send(new HeadObjectCommand({ Bucket, Key: key }))
        return res.ContentLength ?? null
      } catch (e) {
        if (isNotFound(e)) return null
        throw e
      }
    },

    async delete(key) {
      assertStorageKey(key)
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }))
      } catch (e) {
        if (!isNotFound(e)) throw e
      }
    },

    async *list() {
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken }))
        for (const o of page.Contents ?? []) {
          if (o.Key) yield { key: o.Key, modifiedAt: o.LastModified ?? new Date(0) }
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
    },
  }
}
