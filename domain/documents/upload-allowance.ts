// How much one upload may take: the smaller of the per-file limit and what
// is left of the case's allowance. When the case's allowance is what stops a
// file, the person is told the case is full, not that the file is too large.
export type UploadLimits = { fileBytes: number; caseBytes: number }

export type Allowance = { maxBytes: number; caseLimited: boolean }

export function uploadAllowance(limits: UploadLimits, usedBytes: number): Allowance {
  const remaining = Math.max(0, limits.caseBytes - usedBytes)
  return { maxBytes: Math.min(limits.fileBytes, remaining), caseLimited: remaining < limits.fileBytes }
}

export function tooLargeRefusal(allowance: Allowance): 'document.case-full' | 'document.too-large' {
  return allowance.caseLimited ? 'document.case-full' : 'document.too-large'
}

/** Whether a finished file still fits the case, checked again when it is committed (others may have uploaded meanwhile). */
export function fitsCase(limits: UploadLimits, usedByOthers: number, bytes: number): boolean {
  return usedByOthers + bytes <= limits.caseBytes
}
