import type {
  Appointment,
  Bundle,
  Contract,
  Condition,
  Consent,
  DocumentReference,
  Observation,
  Patient,
  QuestionnaireResponse,
  RelatedPerson,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'
import { deltaFs, roundRate } from '../alsfrs/delta-fs.ts'
import { alsfrsItems, itemIds } from '../alsfrs/items.ts'
import { kingsStage } from '../alsfrs/kings-stage.ts'
import { mitosStage } from '../alsfrs/mitos-stage.ts'
import { scoreAlsfrs } from '../alsfrs/score.ts'
import { caseToFhirBundle, hexToBase64 } from './case-bundle.ts'
import {
  aCaregiverFiledCaseExport,
  aMinimalCaseExport,
  anAlsCaseExport,
  aPatientFiledCaseExport,
} from './case-export-examples.ts'
import { extensionUrls } from './codes.ts'
import { fhirId } from './fhir-id.ts'

const baseUrl = 'https://waypoint.example'
const resources = (b: Bundle) => (b.entry ?? []).map((e) => e.resource as Resource)
const ofType = <T extends Resource>(b: Bundle, type: T['resourceType']) =>
  resources(b).filter((r): r is T => r.resourceType === type)
const byCode = (b: Bundle, code: string) =>
  ofType<Observation>(b, 'Observation').find((o) => o.code.coding?.some((c) => c.code === code))
const isFlagged = (c: { extension?: { url: string }[] }) =>
  (c.extension ?? []).some((e) => e.url === extensionUrls.unverifiedCode)

/** Every `reference` string anywhere in a value. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
    )
  }
  return []
}

describe('caseToFhirBundle', () => {
  const x = anAlsCaseExport()
  const bundle = caseToFhirBundle(x, { baseUrl })

  it("carries each consultation as an Appointment based on its referral, on the clinic's clock", () => {
    const [appointment] = ofType<Appointment>(bundle, 'Appointment')
    expect(ofType<Appointment>(bundle, 'Appointment')).toHaveLength(x.consultations.length)
    expect(appointment?.status).toBe('booked')
    expect(appointment?.start).toBe('2025-04-08T09:30:00.000Z')
    expect(appointment?.end).toBe('2025-04-08T10:00:00.000Z')
    expect(appointment?.extension?.[0]?.valueCode).toBe('Asia/Kolkata')
    const request = ofType<ServiceRequest>(bundle, 'ServiceRequest').find((r) =>
      r.identifier?.some((i) => i.value === 'ref-5a6b7c'),
    )
    expect(request).toBeDefined()
    expect(appointment?.basedOn?.[0]?.reference).toBe(`ServiceRequest/${request!.id}`)
    expect(ofType<Appointment>(caseToFhirBundle(aMinimalCaseExport(), { baseUrl }), 'Appointment')).toEqual(
      [],
    )
  })

  it('carries each current quote as a Contract about its referral, with every line and the total', () => {
    const contracts = ofType<Contract>(bundle, 'Contract')
    expect(contracts).toHaveLength(x.quotes.length)
    const [contract] = contracts
    expect(contract?.status).toBe('offered')
    const request = ofType<ServiceRequest>(bundle, 'ServiceRequest').find((r) =>
      r.identifier?.some((i) => i.value === 'ref-5a6b7c'),
    )
    expect(contract?.topicReference?.reference).toBe(`ServiceRequest/${request!.id}`)
    const items = (contract?.term ?? []).flatMap((t) => (t.asset ?? []).flatMap((a) => a.valuedItem ?? []))
    // Two clinic lines and Waypoint's fee.
    expect(items).toHaveLength(x.quotes[0]!.quote.lines.length)
    expect(items.map((i) => i.net?.currency)).toEqual(['INR', 'INR', 'INR'])
  })

  it('is a collection stamped with the export time and the case reference', () => {
    expect(bundle.type).toBe('collection')
    expect(bundle.timestamp).toBe('2025-04-02T10:15:00.000Z')
    expect(bundle.identifier?.value).toBe('WP-7K3M9Q')
  })

  it('codes ALS in SNOMED CT, ICD-10-CM and ICD-11, flagging only the unverified ICD-11 code', () => {
    const [condition] = ofType<Condition>(bundle, 'Condition')
    const codings = condition!.code!.coding!
    expect(codings.map((c) => [c.system, c.code, isFlagged(c)])).toEqual([
      ['http://snomed.info/sct', '86044005', false],
      ['http://hl7.org/fhir/sid/icd-10-cm', 'G12.21', false],
      ['http://id.who.int/icd/release/11/mms', '8B60.0', true],
    ])
    expect(condition!.onsetDateTime).toBe('2023-03-01')
    expect(condition!.verificationStatus?.coding?.[0]?.code).toBe('confirmed')
    expect(condition!.clinicalStatus?.coding?.[0]?.code).toBe('active')
    expect(condition!.extension).toEqual([
      { url: extensionUrls.conditionAssertedDate, valueDateTime: '2023-11-20' },
    ])
  })

  it('codes every answered item in LOINC from domain/alsfrs, flagging unverified codes', () => {
    for (const id of itemIds.filter((i) => i !== '5a')) {
      const item = alsfrsItems[id]
      const obs = byCode(bundle, item.loinc)
      expect(obs, `item ${id}`).toBeDefined()
      expect(obs!.valueInteger).toBe(x.alsfrs!.answers[id])
      expect(isFlagged(obs!.code.coding![0]!)).toBe(!item.loincVerified)
      expect(obs!.derivedFrom).toEqual([{ reference: `QuestionnaireResponse/${x.caseId}-alsfrs-r` }])
    }
  })

  it('links the total back to the response and groups items and total under the panel', () => {
    const total = byCode(bundle, '82953-1')!
    const panel = byCode(bundle, '82954-9')!
    expect(total.valueInteger).toBe(26)
    expect(total.component?.map((c) => c.valueInteger)).toEqual([10, 4, 3, 9])
    expect(total.derivedFrom?.[0]?.reference).toMatch(/^QuestionnaireResponse\//)
    expect(panel.hasMember).toHaveLength(13) // 12 items + total
    expect(panel.hasMember).toContainEqual({ reference: `Observation/${total.id}` })
  })

  it('uses item 5b, and only 5b, when the person has a gastrostomy', () => {
    const [qr] = ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse')
    expect(qr!.item!.map((i) => i.linkId)).toContain('5b')
    expect(qr!.item!.map((i) => i.linkId)).not.toContain('5a')
    expect(byCode(bundle, alsfrsItems['5b'].loinc)?.valueInteger).toBe(1)
    expect(byCode(bundle, alsfrsItems['5a'].loinc)).toBeUndefined()
  })

  it("states King's and MiToS stages exactly as domain/alsfrs computes them", () => {
    const scored = scoreAlsfrs(x.alsfrs!.answers)
    if (!scored.ok) throw new Error('example must score')
    const [condition] = ofType<Condition>(bundle, 'Condition')
    const codes = condition!.stage!.map((s) => s.summary?.coding?.[0]?.code)
    expect(codes).toEqual([kingsStage(scored.value), String(mitosStage(scored.value).stage)])
    // The worked example, by hand: 5b answered and no ventilation → 4A; items 6 and 8 at 1 → walking/self-care lost.
    expect(codes).toEqual(['4A', '1'])
    expect(condition!.stage![0]!.assessment).toEqual([{ reference: `Observation/${x.caseId}-alsfrs-panel` }])
  })

  it('reports ΔFS as domain/alsfrs computes it, in points per month', () => {
    const rate = deltaFs({ total: 26, symptomOnset: '2023-03-01', assessedOn: '2025-03-01' })
    if (!rate.ok) throw new Error('example must have a rate')
    const delta = byCode(bundle, 'alsfrs-r-delta-fs')!
    expect(delta.valueQuantity).toEqual({
      value: roundRate(rate.value),
      unit: 'points/month',
      system: 'http://unitsofmeasure.org',
      code: '{score}/mo',
    })
    expect(delta.valueQuantity!.value).toBe(0.92)
  })

  it('records FVC % predicted under a flagged LOINC code with its date', () => {
    const fvc = byCode(bundle, '19872-1')!
    expect(fvc.valueQuantity).toMatchObject({ value: 68, code: '%' })
    expect(fvc.effectiveDateTime).toBe('2025-02-10')
    expect(isFlagged(fvc.code.coding![0]!)).toBe(true)
    expect(fvc.category?.[0]?.coding?.[0]?.code).not.toBe('vital-signs')
  })

  it('puts SHA-256 in an extension, never in the SHA-1 hash element', () => {
    const [doc] = ofType<DocumentReference>(bundle, 'DocumentReference')
    const attachment = doc!.content[0]!.attachment
    expect(attachment.hash).toBeUndefined()
    // SHA-256 of the empty input, in hex and in base64.
    expect(attachment.extension).toEqual([
      {
        url: extensionUrls.attachmentSha256,
        valueBase64Binary: '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
      },
    ])
    expect(attachment).toMatchObject({
      contentType: 'application/pdf',
      size: 184_220,
      title: x.documents[0]!.title,
    })
    expect(attachment.url).toBe(`${baseUrl}/cases/${x.caseId}/documents/doc-1a2b3c`)
    expect(hexToBase64('not-a-digest')).toBeNull()
  })

  it('records each provider share as a Consent naming an Organization and the shared records', () => {
    const consents = ofType<Consent>(bundle, 'Consent')
    expect(consents.map((c) => c.status)).toEqual(['active', 'active', 'inactive'])
    const [, apollo, charite] = consents
    expect(apollo!.provision!.actor![0]!.reference).toEqual({ reference: 'Organization/prov-apollo-chennai' })
    const shared = apollo!.provision!.data!.map((d) => d.reference.reference)
    expect(shared).toContain('DocumentReference/doc-4d5e6f')
    expect(shared).toContain(`QuestionnaireResponse/${x.caseId}-alsfrs-r`)
    expect(shared).not.toContain(`QuestionnaireResponse/${x.caseId}-goals`)
    // The "about" section the patient shared is the Patient resource itself.
    expect(shared).toContain(`Patient/${x.caseId}-patient`)
    expect(charite!.provision!.data!.map((d) => d.reference.reference)).toEqual([
      `Condition/${x.caseId}-condition`,
      `Observation/${x.caseId}-fvc`,
      `MedicationStatement/${x.caseId}-medication-riluzole`,
      `MedicationStatement/${x.caseId}-medication-edaravone`,
      `MedicationStatement/${x.caseId}-medication-other`,
      'DocumentReference/doc-1a2b3c',
    ])
  })

  it('codes the helper as what they are to the patient: the son who answered "they are my parent" is a child', () => {
    const [son] = ofType<RelatedPerson>(bundle, 'RelatedPerson')
    expect(son!.relationship?.[0]?.coding?.[0]).toMatchObject({ code: 'CHILD' })
    // A mother filling in for her son answers "they are my child".
    const forHerSon = caseToFhirBundle(
      anAlsCaseExport({ actingFor: { name: 'Sam', relationship: 'child' } }),
      { baseUrl },
    )
    const [mother] = ofType<RelatedPerson>(forHerSon, 'RelatedPerson')
    expect(mother!.relationship?.[0]?.coding?.[0]).toMatchObject({ code: 'PRN', display: 'parent' })
    // "Another family member" is v3 RoleCode FAMMEMB (there is no FAMMEM).
    const forAnAunt = caseToFhirBundle(
      anAlsCaseExport({ actingFor: { name: 'Sam', relationship: 'other-family' } }),
      { baseUrl },
    )
    const [niece] = ofType<RelatedPerson>(forAnAunt, 'RelatedPerson')
    expect(niece!.relationship?.[0]?.coding?.[0]).toMatchObject({ code: 'FAMMEMB', display: 'family member' })
  })

  it('resolves every reference to a resource inside the Bundle, with unique fullUrls', () => {
    const local = new Set(resources(bundle).map((r) => `${r.resourceType}/${r.id}`))
    const refs = referencesIn(resources(bundle))
    expect(refs.length).toBeGreaterThan(40)
    expect(refs.filter((r) => !local.has(r))).toEqual([])
    const fullUrls = bundle.entry!.map((e) => e.fullUrl)
    expect(new Set(fullUrls).size).toBe(fullUrls.length)
    for (const e of bundle.entry!) {
      expect(e.fullUrl).toBe(`${baseUrl}/fhir/${e.resource!.resourceType}/${e.resource!.id}`)
    }
  })

  it('creates no resource for data that is absent', () => {
    const minimal = caseToFhirBundle(aMinimalCaseExport(), { baseUrl })
    expect(resources(minimal).map((r) => r.resourceType)).toEqual(['Patient', 'Condition'])
    const [patient, condition] = resources(minimal) as [Resource & Record<string, unknown>, Condition]
    expect(Object.keys(patient).sort()).toEqual(['id', 'name', 'resourceType'])
    expect(condition.code).toEqual({ text: 'Hereditary spastic paraplegia' })
    expect(condition.verificationStatus?.coding?.[0]?.code).toBe('provisional')
    expect(condition.stage).toBeUndefined()
    expect(condition.note).toBeUndefined()
  })

  it('exports a partial questionnaire as in progress, without total, stages or ΔFS', () => {
    const partial = anAlsCaseExport({ alsfrs: { date: '2025-03-01', answers: { '1': 3, '2': 4, '3': 9 } } })
    const b = caseToFhirBundle(partial, { baseUrl })
    const [qr] = ofType<QuestionnaireResponse>(b, 'QuestionnaireResponse')
    expect(qr!.status).toBe('in-progress')
    expect(qr!.item!.map((i) => i.linkId)).toEqual(['1', '2']) // 9 is not an answer the scale allows
    expect(byCode(b, '82953-1')).toBeUndefined()
    expect(byCode(b, 'alsfrs-r-delta-fs')).toBeUndefined()
    expect(ofType<Condition>(b, 'Condition')[0]!.stage).toBeUndefined()
    expect(byCode(b, '82954-9')!.hasMember).toHaveLength(2)
  })

  it('is deterministic: the same case gives the same Bundle', () => {
    expect(JSON.stringify(caseToFhirBundle(anAlsCaseExport(), { baseUrl: `${baseUrl}/` }))).toBe(
      JSON.stringify(bundle),
    )
  })
})

describe('the person who fills in a case for the patient', () => {
  const son = caseToFhirBundle(anAlsCaseExport(), { baseUrl })
  const daughter = caseToFhirBundle(aCaregiverFiledCaseExport(), { baseUrl })
  const herself = caseToFhirBundle(aPatientFiledCaseExport(), { baseUrl })
  const related = (b: Bundle) => ofType<RelatedPerson>(b, 'RelatedPerson')
  const patientOf = (b: Bundle) => ofType<Patient>(b, 'Patient')[0]!
  const responseOf = (b: Bundle) =>
    ofType<QuestionnaireResponse>(b, 'QuestionnaireResponse').find((q) => q.id?.endsWith('alsfrs-r'))!
  const codes = (p: RelatedPerson) => (p.relationship ?? []).flatMap((r) => r.coding ?? []).map((c) => c.code)

  it('is a RelatedPerson with the relationship and the authority they act on', () => {
    const [arjun] = related(son)
    expect(codes(arjun!)).toEqual(['CHILD', 'DELEGATEE'])
    expect(arjun!.relationship![1]!.text).toBe('acts with the patient’s permission')
    const [leila] = related(daughter)
    expect(codes(leila!)).toEqual(['CHILD', 'RESPRSN'])
    expect(leila!.relationship![1]!.text).toBe('the patient’s legal representative')
  })

  it('the contact details given are theirs, not the patient’s', () => {
    const [arjun] = related(son)
    expect(arjun!.telecom).toEqual([
      { system: 'email', value: 'arjun@example.com' },
      { system: 'phone', value: '+44 20 7946 0958' },
    ])
    expect(patientOf(son).telecom).toBeUndefined()
    expect(patientOf(herself).telecom).toEqual([
      { system: 'email', value: 'meera@example.com' },
      { system: 'phone', value: '+44 20 7946 0000' },
    ])
    expect(related(herself)).toEqual([])
  })

  it('the ALSFRS-R response names who answered it and who recorded it, and each item its performer', () => {
    const qr = responseOf(son)
    const arjun = { reference: `RelatedPerson/${related(son)[0]!.id}` }
    expect(qr.source).toEqual(arjun)
    expect(qr.author).toEqual(arjun)
    const items = ofType<Observation>(son, 'Observation').filter((o) =>
      o.derivedFrom?.[0]?.reference?.includes('alsfrs-r'),
    )
    expect(items.length).toBeGreaterThan(12)
    for (const o of items) expect(o.performer, o.id).toEqual([arjun])

    const mine = responseOf(herself)
    expect(mine.source).toEqual({ reference: `Patient/${patientOf(herself).id}` })
  })

  it('answers split between people: the response is the main answerer’s, each item says its own', () => {
    const qr = responseOf(daughter)
    const [leila, helper] = related(daughter)
    expect(qr.source).toEqual({ reference: `RelatedPerson/${leila!.id}` })
    const authorOf = (linkId: string) =>
      qr
        .item!.find((i) => i.linkId === linkId)!
        .extension?.find(
          (e) => e.url === 'http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author',
        )?.valueReference
    expect(authorOf('1')).toBeUndefined()
    expect(authorOf('11')).toEqual({ reference: `RelatedPerson/${helper!.id}` })
    // The invited caregiver is a person of their own, acting with the patient's delegation.
    expect(helper!.patient).toEqual({ reference: `Patient/${patientOf(daughter).id}` })
    expect(codes(helper!)).toEqual(['DELEGATEE'])
    const item11 = ofType<Observation>(daughter, 'Observation').find((o) => o.id?.endsWith('alsfrs-item-11'))!
    expect(item11.performer).toEqual([{ reference: `RelatedPerson/${helper!.id}` }])
    const total = byCode(daughter, '82953-1')!
    expect(total.performer).toEqual([
      { reference: `RelatedPerson/${leila!.id}` },
      { reference: `RelatedPerson/${helper!.id}` },
    ])
    // A coordinator who took an answer by phone is named, not a resource.
    const item12 = ofType<Observation>(herself, 'Observation').find((o) => o.id?.endsWith('alsfrs-item-12'))!
    expect(item12.performer).toEqual([{ display: 'Waypoint care coordinator' }])
  })

  it('consents were given by the representative, on the authority they act on', () => {
    for (const c of ofType<Consent>(son, 'Consent')) {
      expect(c.performer).toEqual([{ reference: `RelatedPerson/${related(son)[0]!.id}` }])
      expect(c.policyRule?.text).toMatch(
        /given on the patient’s behalf by their son or daughter, acting with the patient’s permission\.$/,
      )
    }
    for (const c of ofType<Consent>(daughter, 'Consent')) {
      expect(c.policyRule?.text).toMatch(/as the patient’s legal representative\.$/)
    }
    for (const c of ofType<Consent>(herself, 'Consent')) {
      expect(c.performer).toEqual([{ reference: `Patient/${patientOf(herself).id}` }])
      expect(c.policyRule?.text).toMatch(/given by the patient\.$/)
    }
  })

  it('a case from before the authority was asked says it was not recorded', () => {
    const old = caseToFhirBundle(anAlsCaseExport({ actingFor: { name: 'Arjun', relationship: 'parent' } }), {
      baseUrl,
    })
    const [arjun] = related(old)
    expect(codes(arjun!)).toEqual(['CHILD'])
    expect(ofType<Consent>(old, 'Consent')[0]!.policyRule?.text).toMatch(
      /the authority they act on was not recorded\.$/,
    )
  })
})

describe('fhirId', () => {
  it('keeps a valid id and hashes one FHIR would refuse, stably', () => {
    expect(fhirId('case-1', 'patient')).toBe('case-1-patient')
    const long = fhirId(
      '3f6c1d2e-8a4b-4c1f-9e2d-7b5a6c4d3e21',
      'consent',
      '0b9e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    )
    expect(long).toMatch(/^h-[0-9a-f]{16}$/)
    expect(
      fhirId('3f6c1d2e-8a4b-4c1f-9e2d-7b5a6c4d3e21', 'consent', '0b9e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b'),
    ).toBe(long)
    expect(fhirId('a b')).toMatch(/^h-[0-9a-f]{16}$/)
  })
})
