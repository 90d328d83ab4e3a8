import dicomParser from 'dicom-parser'
import { constants, inflateRawSync } from 'node:zlib'

// Study date and modality from the start of a DICOM Part 10 file, for the
// document list ("MR, 15 March 2024"). Only the header is parsed; pixel data
// is never touched. A head cut off mid-element still gives what came before.

/** How much of a DICOM file's start is read for its header. */
export const DICOM_HEAD_BYTES = 64 * 1024

export type DicomSummary = { studyDate?: string; modality?: string }

type DataSet = ReturnType<typeof dicomParser.parseDicom>

function readDataSet(head: Uint8Array): DataSet | null {
  try {
    return dicomParser.parseDicom(head, { untilTag: 'x7fe00010' })
  } catch (e) {
    // dicom-parser throws { exception, dataSet } when the bytes stop mid-element.
    const partial = (e as { dataSet?: DataSet } | null)?.dataSet
    return partial ?? null
  }
}

/** `YYYYMMDD` (or the old `YYYY.MM.DD`) as an ISO date, if it is a real date. */
export function isoStudyDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec(value?.trim() ?? '')
  if (!m) return undefined
  const [, y, mo, d] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(mo) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return undefined
  return `${y}-${mo}-${d}`
}

export function readDicomSummary(head: Uint8Array): DicomSummary {
  const dataSet = readDataSet(head)
  if (!dataSet) return {}
  const text = (tag: string) => {
    try {
      return dataSet.string(tag)
    } catch {
      return undefined
    }
  }
  const studyDate = isoStudyDate(text('x00080020'))
  const modality = text('x00080060')?.trim().toUpperCase()
  return {
    ...(studyDate ? { studyDate } : {}),
    ...(modality && /^[A-Z0-9_ ]{1,16}$/.test(modality) ? { modality } : {}),
  }
}

/**
 * The first bytes of a ZIP entry, inflated (method 8) or as stored (method 0),
 * at most `DICOM_HEAD_BYTES`. Output is capped, so a bomb cannot blow up here.
 */
export function entryHead(method: number, data: Uint8Array): Uint8Array | null {
  if (method === 0) return data.subarray(0, DICOM_HEAD_BYTES)
  if (method !== 8) return null
  // Deflate expands at most ~1032×; feed less input until the output fits the cap.
  for (let input = data.length; input > 0; input = Math.floor(input / 4)) {
    try {
      const out = inflateRawSync(data.subarray(0, input), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: 16 * DICOM_HEAD_BYTES,
      })
      return out.subarray(0, DICOM_HEAD_BYTES)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') return null
    }
  }
  return null
}
