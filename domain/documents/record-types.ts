// What a record is about, as the family says it (a neurologist's letter, an
// MRI…), as opposed to its file format, which is read from its bytes
// (document-kinds.ts). Said at upload and changeable later; a record nobody
// has described yet has no type.
export const recordTypes = [
  'neurologist-letter',
  'mri',
  'emg',
  'lung-function',
  'blood-tests',
  'prescription',
  'discharge-summary',
  'other',
] as const
export type RecordType = (typeof recordTypes)[number]

/** A record type from a form; anything else (an empty choice, a tampered value) is no type. */
export function parseRecordType(value: unknown): RecordType | null {
  return typeof value === 'string' && (recordTypes as readonly string[]).includes(value)
    ? (value as RecordType)
    : null
}
