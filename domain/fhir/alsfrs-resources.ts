import type { Observation, Patient, QuestionnaireResponse, Reference } from '@medplum/fhirtypes'
import type { Answered } from './people.ts'
import { alsfrsItemText } from '../alsfrs/item-text.ts'
import {
  alsfrsItems,
  alsfrsPanelLoinc,
  alsfrsTotalLoinc,
  type AlsfrsDomain,
  type ItemId,
} from '../alsfrs/items.ts'
import type { AlsfrsSummary } from './alsfrs-summary.ts'
import type { CaseResourceIds } from './case-resource-ids.ts'
import { canonicals, coding, systems } from './codes.ts'

// The ALSFRS-R as FHIR (domain reference §5.2): the answers as a
// QuestionnaireResponse, then Observations derived from it, one per item
// (LOINC-coded), the total, and a panel grouping them, as in the HL7 SDOH
// Clinical Care pattern QuestionnaireResponse → Observation.
//
// Who answered: the response's `source` ("the person who answered the
// questions") and `author` ("the person who received and recorded the
// answers") are one and the same here, the person who typed them, and when
// several people answered, the one who gave most answers; an item anyone else
// answered names them in the core extension questionnaireresponse-author.
// Each item's Observation names who gave it as its `performer`; the total and
// the panel name everyone who answered.
const itemAuthor = 'http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author'
const key = (r: Reference) => JSON.stringify(r)

const survey = {
  coding: [{ system: systems.observationCategory, code: 'survey', display: 'Survey' }],
}

const domainLabels: Record<AlsfrsDomain, string> = {
  bulbar: 'Bulbar subscore',
  'fine-motor': 'Fine motor subscore',
  'gross-motor': 'Gross motor subscore',
  respiratory: 'Respiratory subscore',
}

export function alsfrsResources(
  summary: AlsfrsSummary,
  ids: CaseResourceIds,
  who: { subject: Reference<Patient>; answeredBy: (item: ItemId) => Answered },
): { response: QuestionnaireResponse; observations: Observation[] } {
  const responseRef = { reference: `QuestionnaireResponse/${ids.alsfrsResponse}` }
  // Everyone who answered, in questionnaire order, and how many answers each gave.
  const answerers = new Map<string, { ref: Answered; count: number }>()
  for (const { id } of summary.answered) {
    const ref = who.answeredBy(id)
    const seen = answerers.get(key(ref)) ?? { ref, count: 0 }
    answerers.set(key(ref), { ref, count: seen.count + 1 })
  }
  const main = [...answerers.values()].reduce<{ ref: Answered; count: number } | null>(
    (best, a) => (best && best.count >= a.count ? best : a),
    null,
  )?.ref
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: ids.alsfrsResponse,
    questionnaire: canonicals.alsfrsQuestionnaire,
    // Completed only when it scores; a partial questionnaire is exported as
    // it stands rather than presented as finished.
    status: summary.score ? 'completed' : 'in-progress',
    subject: who.subject,
    authored: summary.date,
    ...(main ? { author: main, source: main } : {}),
    item: summary.answered.map(({ id, value }) => {
      const by = who.answeredBy(id)
      return {
        ...(main && key(by) !== key(main) ? { extension: [{ url: itemAuthor, valueReference: by }] } : {}),
        linkId: id,
        text: alsfrsItemText[id].label,
        answer: [{ valueInteger: value }],
      }
    }),
  }
  const everyone = [...answerers.values()].map((a) => a.ref)

  const base = {
    resourceType: 'Observation' as const,
    status: 'final' as const,
    category: [survey],
    subject: who.subject,
    effectiveDateTime: summary.date,
    derivedFrom: [responseRef],
  }

  const items: Observation[] = summary.answered.map(({ id, value }) => {
    const item = alsfrsItems[id]
    return {
      ...base,
      id: ids.alsfrsItem(id),
      code: {
        coding: [coding(systems.loinc, item.loinc, `ALSFRS-R item ${id}`, item.loincVerified)],
        text: `ALSFRS-R ${id}. ${alsfrsItemText[id].label}`,
      },
      performer: [who.answeredBy(id)],
      valueInteger: value,
    }
  })

  const total: Observation[] = summary.score
    ? [
        {
          ...base,
          id: ids.alsfrsTotal,
          code: {
            coding: [
              coding(systems.loinc, alsfrsTotalLoinc.code, 'ALSFRS-R total score', alsfrsTotalLoinc.verified),
            ],
            text: 'ALSFRS-R total score',
          },
          ...(everyone.length > 0 ? { performer: everyone } : {}),
          valueInteger: summary.score.total,
          component: (Object.keys(domainLabels) as AlsfrsDomain[]).map((domain) => ({
            code: { text: domainLabels[domain] },
            valueInteger: summary.score!.domains[domain],
          })),
        },
      ]
    : []

  const panel: Observation = {
    ...base,
    id: ids.alsfrsPanel,
    code: {
      coding: [coding(systems.loinc, alsfrsPanelLoinc.code, 'ALSFRS-R panel', alsfrsPanelLoinc.verified)],
      text: 'Amyotrophic lateral sclerosis functional rating scale - revised [ALSFRS-R]',
    },
    ...(everyone.length > 0 ? { performer: everyone } : {}),
    hasMember: [...items, ...total].map((o) => ({ reference: `Observation/${o.id}` })),
  }

  return { response, observations: [panel, ...items, ...total] }
}

/** ΔFS as an Observation, when there is a rate to report. */
export function deltaFsObservation(
  summary: AlsfrsSummary,
  ids: CaseResourceIds,
  subject: Reference<Patient>,
): Observation | null {
  if (summary.deltaFs === null || !summary.score) return null
  return {
    resourceType: 'Observation',
    id: ids.deltaFs,
    status: 'final',
    category: [survey],
    code: {
      coding: [coding(systems.waypointObservation, 'alsfrs-r-delta-fs', 'ALSFRS-R ΔFS')],
      text: 'ALSFRS-R progression rate since symptom onset (ΔFS)',
    },
    subject,
    effectiveDateTime: summary.date,
    valueQuantity: {
      value: summary.deltaFs,
      unit: 'points/month',
      system: systems.ucum,
      code: '{score}/mo',
    },
    method: {
      text: 'Kimura et al. 2006: (48 − ALSFRS-R total) / months from symptom onset to assessment; a month is 365.25/12 days',
    },
    ...(summary.progression
      ? {
          note: [
            {
              text: `Progression category: ${summary.progression} (slower < 0.5, intermediate 0.5–1.0, faster > 1.0 points/month)`,
            },
          ],
        }
      : {}),
    derivedFrom: [{ reference: `Observation/${ids.alsfrsTotal}` }],
  }
}
