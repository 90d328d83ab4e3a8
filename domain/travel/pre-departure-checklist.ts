// The pre-departure checklist (issue 17, ADR 0064): what the family gathers
// before they fly, in groups. The words are messages (`trip.checklist.<id>`);
// the facts behind them (prescription letters for riluzole and edaravone,
// airline rules for lithium batteries and breathing machines) are cited in
// content/reference/air-travel.json, and where a fact depends on a country
// or an airline the item says to check with the embassy or the airline.

export const checklistGroups = {
  documents: ['passport', 'visa', 'invitation-letter', 'insurance-papers'],
  medicines: ['prescription-letter', 'medicine-supply', 'import-rules'],
  equipment: ['niv-on-board', 'niv-batteries', 'suction', 'wheelchair-battery', 'airline-assistance'],
  people: ['attendants-visas', 'attendants-briefed'],
  insurance: ['travel-insurance'],
} as const

export type ChecklistGroup = keyof typeof checklistGroups
export type ChecklistItem = (typeof checklistGroups)[ChecklistGroup][number]

export const checklistItems: readonly ChecklistItem[] = Object.values(checklistGroups).flat()

export function isChecklistItem(id: string): id is ChecklistItem {
  return (checklistItems as readonly string[]).includes(id)
}

export type ChecklistProgress = { done: number; total: number }

export function checklistProgress(ticked: ReadonlySet<string>): ChecklistProgress {
  return { done: checklistItems.filter((i) => ticked.has(i)).length, total: checklistItems.length }
}
