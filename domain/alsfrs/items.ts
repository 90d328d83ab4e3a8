// The ALSFRS-R's twelve functions (item 5 has two forms: 5a without and 5b
// with a gastrostomy), their domains and LOINC codes. Codes marked
// loincVerified: false were inferred in the domain reference and must be
// confirmed at loinc.org before they leave Waypoint in an export.
export const itemIds = ['1', '2', '3', '4', '5a', '5b', '6', '7', '8', '9', '10', '11', '12'] as const
export type ItemId = (typeof itemIds)[number]
export type Score = 0 | 1 | 2 | 3 | 4
export type Domain = 'bulbar' | 'fine-motor' | 'gross-motor' | 'respiratory'

export const items: Record<ItemId, { name: string; domain: Domain; loinc: string; loincVerified: boolean }> =
  {
    '1': { name: 'Speech', domain: 'bulbar', loinc: '82940-8', loincVerified: true },
    '2': { name: 'Salivation', domain: 'bulbar', loinc: '82941-6', loincVerified: true },
    '3': { name: 'Swallowing', domain: 'bulbar', loinc: '82942-4', loincVerified: false },
    '4': { name: 'Handwriting', domain: 'fine-motor', loinc: '82943-2', loincVerified: false },
    '5a': {
      name: 'Cutting food and handling utensils (no gastrostomy)',
      domain: 'fine-motor',
      loinc: '82944-0',
      loincVerified: false,
    },
    '5b': {
      name: 'Cutting food and handling utensils (with gastrostomy)',
      domain: 'fine-motor',
      loinc: '82945-7',
      loincVerified: false,
    },
    '6': { name: 'Dressing and hygiene', domain: 'fine-motor', loinc: '82946-5', loincVerified: false },
    '7': {
      name: 'Turning in bed and adjusting bedclothes',
      domain: 'gross-motor',
      loinc: '82947-3',
      loincVerified: false,
    },
    '8': { name: 'Walking', domain: 'gross-motor', loinc: '82948-1', loincVerified: true },
    '9': { name: 'Climbing stairs', domain: 'gross-motor', loinc: '82949-9', loincVerified: false },
    '10': {
      name: 'Shortness of breath (dyspnoea)',
      domain: 'respiratory',
      loinc: '82950-7',
      loincVerified: false,
    },
    '11': {
      name: 'Breathlessness lying flat (orthopnoea)',
      domain: 'respiratory',
      loinc: '82951-5',
      loincVerified: false,
    },
    '12': {
      name: 'Breathing support (respiratory insufficiency)',
      domain: 'respiratory',
      loinc: '82952-3',
      loincVerified: false,
    },
  }

export const totalLoinc = '82953-1'
export const panelLoinc = '82954-9'
