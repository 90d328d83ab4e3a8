import type { CalendarDate } from '../shared/calendar-date.ts'

// One shape for a trial whichever registry it came from (ClinicalTrials.gov
// or CTRI), so the public profile and the mismatch checks read one thing.

/** The registries whose records Waypoint imports; names as in `registry-ids.ts`. */
export type TrialRegistry = 'NCT' | 'CTRI'

/** A registry id as stored: upper case, trimmed (`NCT01234567`, `CTRI/2025/03/012345`). */
export type TrialRegistryId = string & { readonly __brand: 'TrialRegistryId' }

/** What the import read the record from. */
export const trialSourceKinds = ['ctgov-json', 'ctri-json', 'ctri-csv'] as const
export type TrialSourceKind = (typeof trialSourceKinds)[number]

/**
 * Registries publish dates at the precision they know ("2023-05" or
 * "2023-05-14"); the precision is kept so a month is never shown as the 1st.
 */
export type PartialDate =
  | { precision: 'day'; date: CalendarDate }
  | { precision: 'month'; date: string } // YYYY-MM
  | { precision: 'year'; date: string } // YYYY

export const trialStatuses = [
  'not-yet-recruiting',
  'recruiting',
  'enrolling-by-invitation',
  'active-not-recruiting',
  'suspended',
  'terminated',
  'completed',
  'withdrawn',
  'unknown',
  'other',
] as const
export type TrialStatus = (typeof trialStatuses)[number]

/** Statuses under which a person can still be enrolled. */
export const enrollingStatuses: readonly TrialStatus[] = ['recruiting', 'enrolling-by-invitation']

export const trialPhases = [
  'early-phase-1',
  'phase-1',
  'phase-2',
  'phase-3',
  'phase-4',
  'not-applicable',
] as const
export type TrialPhase = (typeof trialPhases)[number]

export type TrialSite = {
  facility: string | null
  city: string | null
  /** Free-text address as the registry gives it (CTRI has no separate city). */
  address: string | null
  country: string | null
  /** The site's own recruitment status, where the registry gives one. */
  status: TrialStatus | null
}

export type EthicsApproval = { committee: string; status: string; approvedOn: PartialDate | null }

/** What only CTRI records say; they are the trust signals India's rules ask for. */
export type IndiaDetails = {
  registeredProspectively: boolean | null
  /** "Regulatory Clearance Status from DCGI", as written (e.g. "Approved/Obtained"). */
  regulatoryClearance: string | null
  ethicsCommittees: EthicsApproval[]
  studyType: string | null
}

export type TrialRecord = {
  registry: TrialRegistry
  registryId: TrialRegistryId
  title: string
  officialTitle: string | null
  /** CT.gov `overallStatus`; CTRI's recruitment status in India. */
  status: TrialStatus
  /** CT.gov `lastKnownStatus`, set when the status is `unknown`. */
  lastKnownStatus: TrialStatus | null
  phases: TrialPhase[]
  conditions: string[]
  keywords: string[]
  sites: TrialSite[]
  sponsor: string | null
  dates: {
    registered: PartialDate | null
    start: PartialDate | null
    completion: PartialDate | null
    lastUpdated: PartialDate | null
  }
  india: IndiaDetails | null
}

/** Why a file could not be read as a trial record; `message` is for the person running the import. */
export type TrialFileError =
  | { code: 'trial-file.unreadable'; message: string }
  | { code: 'trial-file.missing-field'; field: string; message: string }
  | { code: 'trial-file.wrong-type'; field: string; message: string }
  | { code: 'trial-file.bad-id'; field: string; value: string; message: string }
  | { code: 'trial-file.bad-value'; field: string; value: string; message: string }
