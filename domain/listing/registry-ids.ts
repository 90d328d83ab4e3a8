// Trial registry numbers, by the format each WHO primary registry issues.
// CTRI ids are CTRI/YYYY/MM/NNNNNN, the month 01–12 (ids issued in CTRI's
// first years have a three-digit middle part instead, e.g. CTRI/2009/091/000051);
// ClinicalTrials.gov ids are NCT and eight digits. Which registries prove a
// trial in a country is the country's rule (`acceptedRegistries`); where no
// rule is known, any of them does, with the regulator's permission.
export const registries = [
  'CTRI',
  'NCT',
  'EUCT',
  'EudraCT',
  'ISRCTN',
  'DRKS',
  'CRIS',
  'TCTR',
  'jRCT',
  'ChiCTR',
  'ANZCTR',
  'PACTR',
] as const
export type Registry = (typeof registries)[number]

const formats: Record<Registry, RegExp> = {
  CTRI: /^CTRI\/20\d{2}\/(?:0[1-9]|1[0-2]|\d{3})\/\d{6}$/,
  NCT: /^NCT\d{8}$/,
  /** EU Clinical Trials Regulation (CTIS), since 2023. */
  EUCT: /^\d{4}-5\d{5}-\d{2}-\d{2}$/,
  EudraCT: /^\d{4}-\d{6}-\d{2}$/,
  ISRCTN: /^ISRCTN\d{8}$/,
  DRKS: /^DRKS\d{8}$/,
  /** Korea's Clinical Research Information Service. */
  CRIS: /^KCT\d{7}$/,
  TCTR: /^TCTR\d{11}$/,
  jRCT: /^JRCT[A-Z]?\d{10}$/,
  ChiCTR: /^CHICTR(?:\d{10}|-[A-Z]{3,5}-\d{8})$/,
  ANZCTR: /^ACTRN\d{14}$/,
  PACTR: /^PACTR\d{15}$/,
}

export function registryOf(id: string): Registry | null {
  const v = id.trim().toUpperCase()
  return registries.find((r) => formats[r].test(v)) ?? null
}
