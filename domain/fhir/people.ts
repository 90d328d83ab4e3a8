import type { Patient, Reference, RelatedPerson } from '@medplum/fhirtypes'
import type { ItemId } from '../alsfrs/items.ts'
import type { Answerer, CaseExport } from './case-export.ts'
import type { CaseResourceIds } from './case-resource-ids.ts'
import { systems } from './codes.ts'

// The people of a case besides the patient, as FHIR: the representative who
// filled it in for them (a RelatedPerson with what they are to the patient,
// the authority they act on and their own contact details), the caregivers
// who answered part of it, and who gave each ALSFRS-R answer.

// The intake's relationships (domain/intake/questions.ts) in HL7 v3 RoleCode.
// The intake asks the helper about the patient ("they are my parent"); a
// RelatedPerson's code says what the helper is to the patient, so parent and
// child swap.
const roleCodes: Record<string, { code: string; display: string }> = {
  parent: { code: 'CHILD', display: 'child' },
  spouse: { code: 'SPS', display: 'spouse' },
  child: { code: 'PRN', display: 'parent' },
  sibling: { code: 'SIB', display: 'sibling' },
  'other-family': { code: 'FAMMEMB', display: 'family member' },
  friend: { code: 'FRND', display: 'unrelated friend' },
}

/** What the representative is to the patient, in words for the consent's policy text. */
const relationshipWords: Record<string, string> = {
  parent: 'their son or daughter',
  spouse: 'their husband, wife or partner',
  child: 'their mother or father',
  sibling: 'their brother or sister',
  'other-family': 'a family member',
  friend: 'a friend',
}

// The authority a representative acts on, in v3 RoleCode (the codes R4's
// security-role-type value set offers for who may consent for someone):
// DELEGATEE "a party to whom some right or authority is granted by a
// delegator", the patient; RESPRSN "a party who has legal responsibility for
// another party", which covers a guardian and a power of attorney alike, as
// the intake's question does.
const authorityCodes = {
  permission: { code: 'DELEGATEE', display: 'delegatee', text: 'acts with the patient’s permission' },
  'legal-representative': {
    code: 'RESPRSN',
    display: 'responsible party',
    text: 'the patient’s legal representative',
  },
} as const

const telecomOf = (p: { email?: string; phone?: string }) => [
  ...(p.email ? [{ system: 'email' as const, value: p.email }] : []),
  ...(p.phone ? [{ system: 'phone' as const, value: p.phone }] : []),
]

export function representativePerson(
  actingFor: NonNullable<CaseExport['actingFor']>,
  ids: CaseResourceIds,
  patient: Reference<Patient>,
): RelatedPerson {
  const role = actingFor.relationship ? roleCodes[actingFor.relationship] : undefined
  const authority = actingFor.authority ? authorityCodes[actingFor.authority] : undefined
  const telecom = telecomOf(actingFor)
  const relationship = [
    ...(actingFor.relationship
      ? [
          {
            ...(role ? { coding: [{ system: systems.v3RoleCode, ...role }] } : {}),
            text: role?.display ?? actingFor.relationship,
          },
        ]
      : []),
    ...(authority
      ? [
          {
            coding: [{ system: systems.v3RoleCode, code: authority.code, display: authority.display }],
            text: authority.text,
          },
        ]
      : []),
  ]
  return {
    resourceType: 'RelatedPerson',
    id: ids.representative,
    patient,
    ...(relationship.length > 0 ? { relationship } : {}),
    ...(actingFor.name ? { name: [{ text: actingFor.name }] } : {}),
    ...(telecom.length > 0 ? { telecom } : {}),
  }
}

/** The patient's own contact details, when they are the patient's. */
export const patientTelecom = (x: CaseExport) => (x.actingFor ? [] : telecomOf(x.patient))

/** A caregiver invited to the case who answered part of it: known by role, not by name. */
function caregiverPerson(memberId: string, ids: CaseResourceIds, patient: Reference<Patient>): RelatedPerson {
  return {
    resourceType: 'RelatedPerson',
    id: ids.caregiver(memberId),
    patient,
    relationship: [
      {
        coding: [{ system: systems.v3RoleCode, code: 'DELEGATEE', display: 'delegatee' }],
        text: 'a caregiver invited to the case, acting with the patient’s delegation',
      },
    ],
  }
}

/** A reference to whoever gave an answer (a coordinator is named, not a resource). */
export type Answered = Reference<Patient | RelatedPerson>

/** Who gave each ALSFRS-R answer, as references, and the caregivers they name. */
export function alsfrsAnswerers(
  x: CaseExport,
  ids: CaseResourceIds,
  patient: Reference<Patient>,
  representative: RelatedPerson | null,
): { of: (item: ItemId) => Answered; caregivers: RelatedPerson[] } {
  const caregivers = new Map<string, RelatedPerson>()
  const fallback: Answerer = representative ? { by: 'representative' } : { by: 'patient' }
  const refOf = (a: Answerer): Answered => {
    switch (a.by) {
      case 'patient':
        return patient
      case 'representative':
        return representative
          ? { reference: `RelatedPerson/${representative.id}` }
          : { display: 'The patient’s representative' }
      case 'caregiver': {
        const person = caregivers.get(a.memberId) ?? caregiverPerson(a.memberId, ids, patient)
        caregivers.set(a.memberId, person)
        return { reference: `RelatedPerson/${person.id}` }
      }
      case 'coordinator':
        return { display: 'Waypoint care coordinator' }
    }
  }
  const byItem = new Map<ItemId, Answered>()
  for (const id of Object.keys(x.alsfrs?.answers ?? {}) as ItemId[]) {
    byItem.set(id, refOf(x.alsfrs?.answeredBy?.[id] ?? fallback))
  }
  return { of: (item) => byItem.get(item) ?? refOf(fallback), caregivers: [...caregivers.values()] }
}

/**
 * Who gave a consent, and on what authority, in words for its policy text:
 * in a case filled in for someone else every consent was given on their
 * behalf (the patient is not a member of it).
 */
export function consentGiver(
  x: CaseExport,
  patient: Reference<Patient>,
  representative: RelatedPerson | null,
): { performer: Reference<Patient | RelatedPerson>; words: string } {
  const actingFor = x.actingFor
  if (!actingFor || !representative) return { performer: patient, words: 'given by the patient.' }
  const who = relationshipWords[actingFor.relationship ?? ''] ?? 'their representative'
  const how =
    actingFor.authority === 'permission'
      ? ', acting with the patient’s permission.'
      : actingFor.authority === 'legal-representative'
        ? ', as the patient’s legal representative.'
        : '; the authority they act on was not recorded.'
  return {
    performer: { reference: `RelatedPerson/${representative.id}` },
    words: `given on the patient’s behalf by ${who}${how}`,
  }
}
