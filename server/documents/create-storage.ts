import type { Config } from '../config.ts'
import { createFsStorage } from './fs-storage.ts'
import { createS3Storage } from './s3-storage.ts'
import type { DocumentStorage } from './storage.ts'

export type StorageConfig = Pick<
  Config,
  | 'DOCUMENT_STORAGE'
  | 'DOCUMENTS_DIR'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
>

/** The document store the configuration names: a folder (default) or an S3-compatible bucket. */
export function createDocumentStorage(config: StorageConfig): DocumentStorage {
  if (config.DOCUMENT_STORAGE === 's3') {
    // readConfig has already insisted on these when DOCUMENT_STORAGE=s3.
    if (!config.S3_BUCKET || !config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY) {
      throw new Error('S3 document storage needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY')
    }
    return createS3Storage({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    })
  }
  return createFsStorage(config.DOCUMENTS_DIR)
}
