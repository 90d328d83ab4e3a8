// A stored record's life: written as pending before any byte is stored,
// available once the encrypted object is complete, deleted (its key destroyed)
// when the patient removes it or erases their account.
export const documentStatuses = ['pending', 'available', 'deleted'] as const
export type DocumentStatus = (typeof documentStatuses)[number]

/** Pending rows older than this belong to an upload that died; the sweeper removes them. */
export const PENDING_UPLOAD_GRACE_MS = 6 * 60 * 60 * 1000
