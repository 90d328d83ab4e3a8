import { itemIds, type ItemId } from '../alsfrs/items.ts'
import type { MemberRole } from '../cases/case-members.ts'
import type { Answerer, CaseExport } from '../fhir/case-export.ts'
import { minorDigits } from '../quotes/currencies.ts'
import { alsfrsAnswersOf } from './alsfrs-summary.ts'
import { answerSourceOf } from './answer-sources.ts'
import { authorityOf } from './authority.ts'
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

/** Who gave each ALSFRS-R answer that records it. */
function alsfrsAnsweredBy(answers: IntakeAnswers): Partial<Record<ItemId, Answerer>> {
  const out: Partial<Record<ItemId, Answerer>> = {}
  for (const id of itemIds) {
    const source = answerSourceOf(answers, `alsfrs-${id}`)
    if (!source) continue
    out[id] =
      source.role === 'caregiver' ? { by: 'caregiver', memberId: source.memberId } : { by: source.role }
  }
  return out
}

/**
 * `actor` is who is exporting: their name is the representative's only when
 * they are the representative. In a case filled in for someone else, the
 * contact question's answer is the representative's own (the intake asks
 * "How should your coordinator contact you?"), so it is theirs in the export.
 */
export function toCaseExport(
  answers: IntakeAnswers,
  rest: Rest,
  actor: { name: string; role: MemberRole | null },
): CaseExport {
  const contact = obj(answers['contact'])
  const forSomeoneElse = answers['who-for'] === 'someone-else'
  const email = contact['method'] === 'email' ? contact['detail'] : undefined
  const phone = contact['method'] && contact['method'] !== 'email' ? contact['detail'] : undefined
  const authority = authorityOf(answers)
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
      ...(forSomeoneElse ? {} : { email, phone }),
    },
    actingFor: forSomeoneElse
      ? {
          ...(actor.role === 'representative' ? { name: actor.name } : {}),
          relationship: str(answers['relationship']),
          ...(authority ? { authority } : {}),
          email,
          phone,
        }
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
        ? {
            date: str(answers['alsfrs-date'])!,
            answers: alsfrsAnswersOf(answers),
            answeredBy: alsfrsAnsweredBy(answers),
          }
        : null,
    goals: {
      hopes: str(answers['hopes']),
      treatmentsOfInterest: list(answers['treatments-of-interest']),
      countries: list(answers['countries-of-interest']),
      budget:
        budget['amount'] && budget['currency']
          ? {
              amountMinor: Math.round(Number(budget['amount']) * 10 ** minorDigits(budget['currency'])),
              currency: budget['currency'],
            }
          : undefined,
      travelFrom: travel['from'],
      travelTo: travel['to'],
      attendants: attendants === undefined ? undefined : attendants === '3-or-more' ? 3 : Number(attendants),
    },
  }
}
