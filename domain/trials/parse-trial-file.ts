import { err, type Result } from '../shared/result.ts'
import { parseCtgovStudy } from './parse-ctgov-study.ts'
import { parseCtriCsv, parseCtriJson } from './parse-ctri-record.ts'
import type { TrialFileError, TrialRecord, TrialSourceKind } from './trial-record.ts'

/**
 * Reads a saved registry file by its kind: a `.csv` is a CTRI export; a JSON
 * file with a `protocolSection` is a ClinicalTrials.gov study, any other JSON
 * a CTRI record.
 */
export function parseTrialFile(
  fileName: string,
  text: string,
): Result<{ kind: TrialSourceKind; record: TrialRecord }, TrialFileError> {
  const as = (kind: TrialSourceKind, parsed: Result<TrialRecord, TrialFileError>) =>
    parsed.ok ? { ok: true as const, value: { kind, record: parsed.value } } : parsed
  if (/\.csv$/i.test(fileName)) return as('ctri-csv', parseCtriCsv(text))
  if (!/\.json$/i.test(fileName)) {
    return err({ code: 'trial-file.unreadable', message: 'Only .json and .csv files are read' })
  }
  return /"protocolSection"\s*:/.test(text)
    ? as('ctgov-json', parseCtgovStudy(text))
    : as('ctri-json', parseCtriJson(text))
}
