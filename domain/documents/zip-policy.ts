import { err, ok, type Result } from '../shared/result.ts'

// A ZIP of a DICOM study is accepted only after its directory is checked:
// no escaping paths, no absurd compression (a "zip bomb"), sane totals.
export type ZipEntry = { name: string; compressedBytes: number; uncompressedBytes: number }

export const ZIP_LIMITS = {
  maxEntries: 20_000,
  maxTotalUncompressed: 4 * 1024 * 1024 * 1024,
  maxRatio: 100,
}

export type ZipRefusal = 'zip.path-traversal' | 'zip.bomb' | 'zip.too-many-entries' | 'zip.empty'

export function checkZipEntries(
  entries: readonly ZipEntry[],
): Result<{ files: number; uncompressedBytes: number }, ZipRefusal> {
  const files = entries.filter((e) => !e.name.endsWith('/'))
  if (files.length === 0) return err('zip.empty')
  if (entries.length > ZIP_LIMITS.maxEntries) return err('zip.too-many-entries')
  let total = 0
  for (const e of entries) {
    const name = e.name.replace(/\\/g, '/')
    if (
      name.startsWith('/') ||
      /^[a-zA-Z]:/.test(name) ||
      name.split('/').includes('..') ||
      name.includes('\0')
    ) {
      return err('zip.path-traversal')
    }
    total += e.uncompressedBytes
    const ratio = e.uncompressedBytes / Math.max(1, e.compressedBytes)
    if (ratio > ZIP_LIMITS.maxRatio && e.uncompressedBytes > 1024 * 1024) return err('zip.bomb')
  }
  if (total > ZIP_LIMITS.maxTotalUncompressed) return err('zip.bomb')
  return ok({ files: files.length, uncompressedBytes: total })
}
