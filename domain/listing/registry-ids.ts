// Trial registry numbers. CTRI ids are CTRI/YYYY/MM/NNNNNN (early ones had a
// three-digit middle part); ClinicalTrials.gov ids are NCT and eight digits.
export type Registry = 'CTRI' | 'NCT'

export function registryOf(id: string): Registry | null {
  const v = id.trim().toUpperCase()
  if (/^CTRI\/\d{4}\/\d{2,3}\/\d{6}$/.test(v)) return 'CTRI'
  if (/^NCT\d{8}$/.test(v)) return 'NCT'
  return null
}
