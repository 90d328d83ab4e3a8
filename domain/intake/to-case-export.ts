import type { CaseExport } from '../fhir/case-export.ts'
import { alsfrsAnswersOf } from './alsfrs-summary.ts'
import type { IntakeAnswers } from './questions.ts'

// The intake's answers in the export's shape (domain/fhir/case-export.ts):
// one mapping, so the FHIR Bundle and the PDF read the same facts.
type Rest = Omit<CaseExport, 'patient' | 'actingFor' | 'condition' | 'alsfrs' | 'goals'>

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const obj = (v: unknown): Record<string, string> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {}
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v : typeof obj(v)['choices'] === 'string' ? obj(v)['choices']!.split(',') : []

const onset = new Set(['bulbar', 'limb', 'respiratory'])

export function toCaseExport(
  answers: IntakeAnswers,
  rest: Rest,
  actor: { name: string; isRepresentative: boolean },
): CaseExport {
  const contact = obj(answers['contact'])
  const fvc = obj(answers['fvc'])
  const budget = obj(answers['budget'])
  const travel = obj(answers['travel-window'])
  const isAls = answers['condition'] === 'als'
  const region = str(answers['onset-region'])
  const attendants = str(answers['attendants'])
  return {
    ...rest,
    patient: {
      name: str(answers['patient-name']) ?? '',
      birthDate: str(answers['date-of-birth']),
      countryCode: str(answers['country']),
      language: str(answers['language']),
      timeZone: str(answers['time-zone']),
      email: contact['method'] === 'email' ? contact['detail'] : undefined,
      phone: contact['method'] && contact['method'] !== 'email' ? contact['detail'] : undefined,
    },
    actingFor:
      answers['who-for'] === 'someone-else' && actor.isRepresentative
        ? { name: actor.name, relationship: str(answers['relationship']) }
        : null,
    condition: {
      kind: isAls ? 'als' : 'other',
      name: isAls ? 'Amyotrophic lateral sclerosis' : (str(answers['condition-other']) ?? ''),
      firstSymptomsDate: str(answers['first-symptoms']),
      diagnosisDate: str(answers['diagnosis-date']),
      onsetRegion: region && onset.has(region) ? (region as 'bulbar' | 'limb' | 'respiratory') : undefined,
      diagnosticCategory: str(
        answers['diagnostic-category'],
      ) as CaseExport['condition']['diagnosticCategory'],
      genetics: isAls
        ? (list(answers['genetics']) as NonNullable<CaseExport['condition']['genetics']>)
        : undefined,
      medicines: isAls
        ? (list(answers['medicines']).filter((m) =>
            ['riluzole', 'edaravone', 'tofersen'].includes(m),
          ) as NonNullable<CaseExport['condition']['medicines']>)
        : undefined,
      otherMedicines: str(obj(answers['medicines'])['other']),
      breathingSupport: str(answers['breathing-support']) as CaseExport['condition']['breathingSupport'],
      feedingTube: answers['feeding-tube'] === undefined ? undefined : answers['feeding-tube'] === 'yes',
      fvc:
        fvc['percent'] && fvc['date']
          ? { percentPredicted: Number(fvc['percent']), date: fvc['date'] }
          : undefined,
    },
    alsfrs:
      isAls && str(answers['alsfrs-date'])
        ? { date: str(answers['alsfrs-date'])!, answers: alsfrsAnswersOf(answers) }
        : null,
    goals: {
      hopes: str(answers['hopes']),
      treatmentsOfInterest: list(answers['treatments-of-interest']),
      countries: list(answers['countries-of-interest']),
      budget:
        budget['amount'] && budget['currency']
          ? { amountMinor: Math.round(Number(budget['amount']) * 100), currency: budget['currency'] }
          : undefined,
      travelFrom: travel['from'],
      travelTo: travel['to'],
      attendants: attendants === undefined ? undefined : attendants === '3-or-more' ? 3 : Number(attendants),
    },
  }
}
