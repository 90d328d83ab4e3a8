import type { CalendarDate } from '../shared/calendar-date.ts'
import type { TrialMismatch } from './trial-mismatch.ts'
import type { PartialDate, TrialPhase, TrialRecord, TrialStatus } from './trial-record.ts'

/**
 * What a page shows of an offer's claimed trial: the registry's public facts
 * (no investigator names, no raw file) and where they do not back the offer
 * up. `record` is null when no record for the id has been imported.
 */
export type TrialForOffer = {
  registryId: string
  record: {
    registry: TrialRecord['registry']
    title: string
    status: TrialStatus
    lastKnownStatus: TrialStatus | null
    phases: TrialPhase[]
    conditions: string[]
    sites: { facility: string | null; city: string | null; country: string | null }[]
    sponsor: string | null
    registered: PartialDate | null
    registeredProspectively: boolean | null
    regulatoryClearance: string | null
    fetchedOn: CalendarDate
  } | null
  flags: TrialMismatch[]
}
