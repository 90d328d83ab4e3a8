import { summariseAssessment, type AlsfrsSummary } from '../alsfrs/assessment-summary.ts'
import type { CaseExport } from './case-export.ts'

export type { AlsfrsSummary }

/** The export's ALSFRS-R, summed up once so the FHIR Bundle and the PDF agree. */
export function summariseAlsfrs(x: CaseExport): AlsfrsSummary | null {
  return x.alsfrs ? summariseAssessment(x.alsfrs, x.condition.firstSymptomsDate) : null
}
