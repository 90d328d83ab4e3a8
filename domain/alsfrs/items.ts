// The ALSFRS-R's items (Cedarbaum et al. 1999): twelve functions, with item 5
// in two forms, 5a without and 5b with a gastrostomy. Only one form of item 5
// counts, so 13 ids make up a 12-item score.
export const itemIds = ['1', '2', '3', '4', '5a', '5b', '6', '7', '8', '9', '10', '11', '12'] as const
export type ItemId = (typeof itemIds)[number]

/** 4 is normal function, 0 is none. */
export type ItemScore = 0 | 1 | 2 | 3 | 4
/** Best first, the order a person reads the answers in. */
export const itemScores = [4, 3, 2, 1, 0] as const satisfies readonly ItemScore[]

export type AlsfrsDomain = 'bulbar' | 'fine-motor' | 'gross-motor' | 'respiratory'

export type AlsfrsItem = {
  id: ItemId
  domain: AlsfrsDomain
  /**
   * LOINC question code. Unverified codes were inferred from the verified
   * block (domain reference §4.8); confirm them at loinc.org before they
   * leave Waypoint in an export.
   */
  loinc: string
  loincVerified: boolean
}

// Domains per the measurement-model papers in domain reference §4.1: bulbar
// 1–3, fine motor 4–6, gross motor 7–9, respiratory 10–12.
export const alsfrsItems: Record<ItemId, AlsfrsItem> = {
  '1': { id: '1', domain: 'bulbar', loinc: '82940-8', loincVerified: true },
  '2': { id: '2', domain: 'bulbar', loinc: '82941-6', loincVerified: true },
  '3': { id: '3', domain: 'bulbar', loinc: '82942-4', loincVerified: false },
  '4': { id: '4', domain: 'fine-motor', loinc: '82943-2', loincVerified: false },
  '5a': { id: '5a', domain: 'fine-motor', loinc: '82944-0', loincVerified: false },
  '5b': { id: '5b', domain: 'fine-motor', loinc: '82945-7', loincVerified: false },
  '6': { id: '6', domain: 'fine-motor', loinc: '82946-5', loincVerified: false },
  '7': { id: '7', domain: 'gross-motor', loinc: '82947-3', loincVerified: false },
  '8': { id: '8', domain: 'gross-motor', loinc: '82948-1', loincVerified: true },
  '9': { id: '9', domain: 'gross-motor', loinc: '82949-9', loincVerified: false },
  '10': { id: '10', domain: 'respiratory', loinc: '82950-7', loincVerified: false },
  '11': { id: '11', domain: 'respiratory', loinc: '82951-5', loincVerified: false },
  '12': { id: '12', domain: 'respiratory', loinc: '82952-3', loincVerified: false },
}

export const alsfrsTotalLoinc = { code: '82953-1', verified: true } as const
export const alsfrsPanelLoinc = { code: '82954-9', verified: true } as const
