import type {
  Observation,
  Patient,
  QuestionnaireResponse,
  Reference,
  RelatedPerson,
} from '@medplum/fhirtypes'
import { alsfrsItemText } from '../alsfrs/item-text.ts'
import { alsfrsItems, alsfrsPanelLoinc, alsfrsTotalLoinc, type AlsfrsDomain } from '../alsfrs/items.ts'
import type { AlsfrsSummary } from './alsfrs-summary.ts'
import type { CaseResourceIds } from './case-resource-ids.ts'
import { canonicals, coding, systems } from './codes.ts'

// The ALSFRS-R as FHIR (domain reference §5.2): the answers as a
// QuestionnaireResponse, then Observations derived from it, one per item
// (LOINC-coded), the total, and a panel grouping them, as in the HL7 SDOH
// Clinical Care pattern QuestionnaireResponse → Observation.

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
  who: { subject: Reference<Patient>; source: Reference<Patient | RelatedPerson> },
): { response: QuestionnaireResponse; observations: Observation[] } {
  const responseRef = { reference: `QuestionnaireResponse/${ids.alsfrsResponse}` }
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: ids.alsfrsResponse,
    questionnaire: canonicals.alsfrsQuestionnaire,
    // Completed only when it scores; a partial questionnaire is exported as
    // it stands rather than presented as finished.
    status: summary.score ? 'completed' : 'in-progress',
    subject: who.subject,
    authored: summary.date,
    source: who.source,
    item: summary.answered.map(({ id, value }) => ({
      linkId: id,
      text: alsfrsItemText[id].label,
      answer: [{ valueInteger: value }],
    })),
  }

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
