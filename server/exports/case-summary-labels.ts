import { shareableSections } from '#domain/cases/case-consent.ts'
import { alsfrsItemTextFor } from '../../domain/alsfrs/item-text.ts'
import { itemIds, type AlsfrsDomain, type ItemId } from '../../domain/alsfrs/items.ts'
import type { KingsStage } from '../../domain/alsfrs/kings-stage.ts'
import type { MitosDomain } from '../../domain/alsfrs/mitos-stage.ts'
import type { ProgressionCategory } from '../../domain/alsfrs/progression-category.ts'
import { caseStages } from '../../domain/cases/case-stages.ts'
import { acceptedKinds, type DocumentKind } from '../../domain/documents/document-kinds.ts'
import { recordTypes, type RecordType } from '../../domain/documents/record-types.ts'
import type { Answerer, CaseExport } from '../../domain/fhir/case-export.ts'
import { findQuestion } from '../../domain/intake/questions.ts'
import { localeInfo, type Locale } from '../../domain/i18n/locales.ts'
import { translator, type MessageKey } from '../../domain/i18n/translate.ts'

type Condition = CaseExport['condition']

// Every word the case summary PDF prints, in the viewer's language, from the
// message catalogue (`summary.*` keys; stage names are the case pages' own).
// Values the patient chose are labelled through the records below; a value
// without a label is printed as stored rather than dropped.
export type CaseSummaryLabels = {
  locale: Locale
  direction: 'ltr' | 'rtl'
  title: string
  /** The first heading: the title with the case's reference. */
  heading: (reference: string) => string
  reference: string
  exportedAt: string
  caseStage: string
  pageOf: (page: number, pages: number) => string
  notProvided: string
  /** Between the items of a list of values (", " in English, "، " in Arabic). */
  listSeparator: string
  /** Between names that may hold commas themselves, such as document titles. */
  titleSeparator: string
  yes: string
  no: string
  sections: {
    patient: string
    representative: string
    condition: string
    alsfrs: string
    goals: string
    documents: string
    consents: string
  }
  patient: {
    name: string
    birthDate: string
    country: string
    language: string
    timeZone: string
    email: string
    phone: string
    relationship: string
  }
  /** The representative who filled the case in: their authority and their own contact details. */
  representative: { authority: string; email: string; phone: string }
  condition: {
    name: string
    /** The condition's own name when it is ALS, in the reader's language (the export holds it in English). */
    als: string
    firstSymptoms: string
    diagnosisDate: string
    onsetRegion: string
    diagnosticCategory: string
    genetics: string
    medicines: string
    otherMedicines: string
    breathingSupport: string
    feedingTube: string
    fvc: string
  }
  alsfrs: {
    assessedOn: string
    answeredBy: string
    item: string
    score: string
    total: string
    notScored: string
    domainSubscores: string
    deltaFs: string
    pointsPerMonth: string
    progression: string
    kingsStage: string
    mitosStage: string
    mitosLost: (domains: string) => string
  }
  goals: {
    hopes: string
    treatmentsOfInterest: string
    countries: string
    budget: string
    travelWindow: string
    attendants: string
  }
  documents: {
    none: string
    title: string
    recordType: string
    kind: string
    size: string
    added: string
    studyDate: string
  }
  consents: {
    givenBy: string
    processing: string
    processingGiven: string
    version: string
    providers: string
    noProviders: string
    status: string
    changedAt: string
    sharedDocuments: string
    sharedSections: string
  }
  values: {
    stage: Record<string, string>
    onsetRegion: Record<NonNullable<Condition['onsetRegion']>, string>
    diagnosticCategory: Record<NonNullable<Condition['diagnosticCategory']>, string>
    genetics: Record<NonNullable<Condition['genetics']>[number], string>
    medicines: Record<NonNullable<Condition['medicines']>[number], string>
    breathingSupport: Record<NonNullable<Condition['breathingSupport']>, string>
    alsfrsItem: Record<ItemId, string>
    alsfrsDomain: Record<AlsfrsDomain, string>
    kingsStage: Record<KingsStage, string>
    mitosDomain: Record<MitosDomain, string>
    progression: Record<ProgressionCategory, string>
    consentStatus: Record<'given' | 'withdrawn', string>
    documentKind: Record<DocumentKind, string>
    recordType: Record<RecordType, string>
    /** What the helper is to the patient, from the intake's answer about the patient ("they are my parent"). */
    relationship: Record<string, string>
    authority: Record<NonNullable<NonNullable<CaseExport['actingFor']>['authority']>, string>
    answeredBy: Record<Answerer['by'], string>
    section: Record<string, string>
    treatment: Record<string, string>
  }
}

/** Each value's label, from `summary.<group>.<value>`. */
function named<V extends string>(t: (key: MessageKey) => string, group: string, values: readonly V[]) {
  return Object.fromEntries(values.map((v) => [v, t(`summary.${group}.${v}` as MessageKey)])) as Record<
    V,
    string
  >
}

/** The values an intake question offers, as domain/intake defines them. */
function choicesOf(questionId: string): string[] {
  const question = findQuestion(questionId)
  return question && 'choices' in question ? question.choices.map((c) => c.value) : []
}

export function caseSummaryLabels(locale: Locale): CaseSummaryLabels {
  const tr = translator(locale)
  // The questionnaire's own short names, in this language (the same whoever answered).
  const items = alsfrsItemTextFor(locale, 'self')
  const t = (key: string) => tr(`summary.${key}` as MessageKey)
  const byKey = (key: MessageKey) => tr(key)
  return {
    locale,
    direction: localeInfo[locale].dir,
    title: t('title'),
    heading: (reference) => tr('summary.heading', { reference }),
    reference: t('reference'),
    exportedAt: t('exportedAt'),
    caseStage: t('caseStage'),
    pageOf: (page, pages) => tr('summary.pageOf', { page, pages }),
    notProvided: t('notProvided'),
    listSeparator: t('listSeparator'),
    titleSeparator: t('titleSeparator'),
    yes: t('yes'),
    no: t('no'),
    sections: {
      patient: t('section.patient'),
      representative: t('section.representative'),
      condition: t('section.condition'),
      alsfrs: t('section.alsfrs'),
      goals: t('section.goals'),
      documents: t('section.documents'),
      consents: t('section.consents'),
    },
    patient: {
      name: t('patient.name'),
      birthDate: t('patient.birthDate'),
      country: t('patient.country'),
      language: t('patient.language'),
      timeZone: t('patient.timeZone'),
      email: t('patient.email'),
      phone: t('patient.phone'),
      relationship: t('patient.relationship'),
    },
    representative: {
      authority: t('representative.authority'),
      email: t('representative.email'),
      phone: t('representative.phone'),
    },
    condition: {
      name: t('condition.name'),
      als: t('condition.als'),
      firstSymptoms: t('condition.firstSymptoms'),
      diagnosisDate: t('condition.diagnosisDate'),
      onsetRegion: t('condition.onsetRegion'),
      diagnosticCategory: t('condition.diagnosticCategory'),
      genetics: t('condition.genetics'),
      medicines: t('condition.medicines'),
      otherMedicines: t('condition.otherMedicines'),
      breathingSupport: t('condition.breathingSupport'),
      feedingTube: t('condition.feedingTube'),
      fvc: t('condition.fvc'),
    },
    alsfrs: {
      assessedOn: t('alsfrs.assessedOn'),
      answeredBy: t('alsfrs.answeredBy'),
      item: t('alsfrs.item'),
      score: t('alsfrs.score'),
      total: t('alsfrs.total'),
      notScored: t('alsfrs.notScored'),
      domainSubscores: t('alsfrs.domainSubscores'),
      deltaFs: t('alsfrs.deltaFs'),
      pointsPerMonth: t('alsfrs.pointsPerMonth'),
      progression: t('alsfrs.progression'),
      kingsStage: t('alsfrs.kingsStage'),
      mitosStage: t('alsfrs.mitosStage'),
      mitosLost: (domains) => tr('summary.alsfrs.mitosLost', { domains }),
    },
    goals: {
      hopes: t('goals.hopes'),
      treatmentsOfInterest: t('goals.treatmentsOfInterest'),
      countries: t('goals.countries'),
      budget: t('goals.budget'),
      travelWindow: t('goals.travelWindow'),
      attendants: t('goals.attendants'),
    },
    documents: {
      none: t('documents.none'),
      title: t('documents.title'),
      recordType: t('documents.recordType'),
      kind: t('documents.kind'),
      size: t('documents.size'),
      added: t('documents.added'),
      studyDate: t('documents.studyDate'),
    },
    consents: {
      givenBy: t('consents.givenBy'),
      processing: t('consents.processing'),
      processingGiven: t('consents.processingGiven'),
      version: t('consents.version'),
      providers: t('consents.providers'),
      noProviders: t('consents.noProviders'),
      status: t('consents.status'),
      changedAt: t('consents.changedAt'),
      sharedDocuments: t('consents.sharedDocuments'),
      sharedSections: t('consents.sharedSections'),
    },
    values: {
      stage: Object.fromEntries(caseStages.map((s) => [s, byKey(`case.stage.${s}` as MessageKey)])),
      onsetRegion: named(byKey, 'onsetRegion', ['bulbar', 'limb', 'respiratory']),
      diagnosticCategory: named(byKey, 'diagnosticCategory', choicesOf('diagnostic-category')),
      genetics: named(byKey, 'genetics', ['sod1', 'c9orf72', 'other', 'none-found', 'unknown']),
      medicines: named(byKey, 'medicines', ['riluzole', 'edaravone', 'tofersen']),
      breathingSupport: named(byKey, 'breathingSupport', choicesOf('breathing-support')),
      alsfrsItem: Object.fromEntries(itemIds.map((id) => [id, items[id].label])) as Record<ItemId, string>,
      alsfrsDomain: named(byKey, 'alsfrsDomain', ['bulbar', 'fine-motor', 'gross-motor', 'respiratory']),
      kingsStage: named(byKey, 'kingsStage', ['1', '2', '3', '4A', '4B']),
      mitosDomain: named(byKey, 'mitosDomain', [
        'walking-self-care',
        'swallowing',
        'communicating',
        'breathing',
      ]),
      progression: named(byKey, 'progression', ['slower', 'intermediate', 'faster']),
      consentStatus: named(byKey, 'consentStatus', ['given', 'withdrawn']),
      // The documents page's own names for them.
      documentKind: Object.fromEntries(
        acceptedKinds.map((k) => [k, byKey(`documents.kind.${k}` as MessageKey)]),
      ) as Record<DocumentKind, string>,
      // What the family said each record is, in the words of the records page.
      recordType: Object.fromEntries(
        recordTypes.map((k) => [k, byKey(`documents.type.${k}` as MessageKey)]),
      ) as Record<RecordType, string>,
      relationship: named(byKey, 'relationship', choicesOf('relationship')),
      authority: named(byKey, 'authority', ['permission', 'legal-representative']),
      answeredBy: named(byKey, 'answeredBy', ['patient', 'representative', 'caregiver', 'coordinator']),
      section: named(byKey, 'sharedSection', shareableSections),
      treatment: named(byKey, 'treatment', choicesOf('treatments-of-interest')),
    },
  }
}
