import { err, ok, type Result } from '../shared/result.ts'
import {
  badValue,
  FileProblem,
  isObject,
  isoPartialDate,
  missing,
  optionalObject,
  optionalText,
  requiredText,
  textList,
  wrongType,
} from './read-fields.ts'
import type {
  TrialFileError,
  TrialPhase,
  TrialRecord,
  TrialRegistryId,
  TrialSite,
  TrialStatus,
} from './trial-record.ts'

// A study record as the ClinicalTrials.gov API v2 returns it
// (GET /api/v2/studies/{nctId}), saved to a file. Only the modules Waypoint
// shows or checks are read; a module that is absent (a `fields=`-filtered
// response) leaves its part empty rather than failing the file.

const statusByCode: Record<string, TrialStatus> = {
  NOT_YET_RECRUITING: 'not-yet-recruiting',
  RECRUITING: 'recruiting',
  ENROLLING_BY_INVITATION: 'enrolling-by-invitation',
  ACTIVE_NOT_RECRUITING: 'active-not-recruiting',
  SUSPENDED: 'suspended',
  TERMINATED: 'terminated',
  COMPLETED: 'completed',
  WITHDRAWN: 'withdrawn',
  UNKNOWN: 'unknown',
}

const phaseByCode: Record<string, TrialPhase> = {
  EARLY_PHASE1: 'early-phase-1',
  PHASE1: 'phase-1',
  PHASE2: 'phase-2',
  PHASE3: 'phase-3',
  PHASE4: 'phase-4',
  NA: 'not-applicable',
}

/** Expanded-access and other statuses the registry may add later read as `other`, not as a failure. */
function status(v: unknown, field: string): TrialStatus | null {
  const code = optionalText(v, field)
  return code === null ? null : (statusByCode[code.toUpperCase()] ?? 'other')
}

const module = (section: Record<string, unknown>, name: string) =>
  optionalObject(section[name], `protocolSection.${name}`)

export function parseCtgovStudy(text: string): Result<TrialRecord, TrialFileError> {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return err({ code: 'trial-file.unreadable', message: 'The file is not JSON' })
  }
  try {
    return ok(readStudy(json))
  } catch (e) {
    if (e instanceof FileProblem) return err(e.problem)
    throw e
  }
}

function readStudy(json: unknown): TrialRecord {
  if (!isObject(json)) return wrongType('The file', 'one study object')
  const section = optionalObject(json.protocolSection, 'protocolSection') ?? missing('protocolSection')
  const ident = module(section, 'identificationModule') ?? missing('protocolSection.identificationModule')
  const idField = 'protocolSection.identificationModule.nctId'
  const nctId = requiredText(ident.nctId, idField).toUpperCase()
  if (!/^NCT\d{8}$/.test(nctId)) {
    throw new FileProblem({
      code: 'trial-file.bad-id',
      field: idField,
      value: nctId,
      message: `${idField} “${nctId}” is not a ClinicalTrials.gov id (NCT and eight digits)`,
    })
  }
  const statusModule = module(section, 'statusModule') ?? missing('protocolSection.statusModule')
  const statusField = 'protocolSection.statusModule.overallStatus'
  const overall = status(statusModule.overallStatus, statusField) ?? missing(statusField)
  const dateOf = (key: string) => {
    const struct = optionalObject(statusModule[key], `protocolSection.statusModule.${key}`)
    return isoPartialDate(struct?.date, `protocolSection.statusModule.${key}.date`)
  }

  const design = module(section, 'designModule')
  const phaseField = 'protocolSection.designModule.phases'
  const phases = textList(design?.phases, phaseField).map(
    (p) => phaseByCode[p.toUpperCase()] ?? badValue(phaseField, p, 'is not a phase'),
  )

  const conditions = module(section, 'conditionsModule')
  const sponsor = optionalObject(
    module(section, 'sponsorCollaboratorsModule')?.leadSponsor,
    'protocolSection.sponsorCollaboratorsModule.leadSponsor',
  )
  const locationsField = 'protocolSection.contactsLocationsModule.locations'
  const rawLocations: unknown = module(section, 'contactsLocationsModule')?.locations ?? []
  if (!Array.isArray(rawLocations)) wrongType(locationsField, 'a list')
  const sites = (rawLocations as unknown[]).map((l, i): TrialSite => {
    const field = `${locationsField}[${i}]`
    if (!isObject(l)) return wrongType(field, 'an object')
    return {
      facility: optionalText(l.facility, `${field}.facility`),
      city: optionalText(l.city, `${field}.city`),
      address:
        [optionalText(l.state, `${field}.state`), optionalText(l.zip, `${field}.zip`)]
          .filter(Boolean)
          .join(' ') || null,
      country: optionalText(l.country, `${field}.country`),
      status: status(l.status, `${field}.status`),
    }
  })

  return {
    registry: 'NCT',
    registryId: nctId as TrialRegistryId,
    title: requiredText(ident.briefTitle, 'protocolSection.identificationModule.briefTitle'),
    officialTitle: optionalText(ident.officialTitle, 'protocolSection.identificationModule.officialTitle'),
    status: overall,
    lastKnownStatus: status(statusModule.lastKnownStatus, 'protocolSection.statusModule.lastKnownStatus'),
    phases,
    conditions: textList(conditions?.conditions, 'protocolSection.conditionsModule.conditions'),
    keywords: textList(conditions?.keywords, 'protocolSection.conditionsModule.keywords'),
    sites,
    sponsor: optionalText(sponsor?.name, 'protocolSection.sponsorCollaboratorsModule.leadSponsor.name'),
    dates: {
      registered: isoPartialDate(
        statusModule.studyFirstSubmitDate,
        'protocolSection.statusModule.studyFirstSubmitDate',
      ),
      start: dateOf('startDateStruct'),
      completion: dateOf('completionDateStruct'),
      lastUpdated: dateOf('lastUpdatePostDateStruct'),
    },
    india: null,
  }
}
