// The cost estimator: the seed listing's factors (cell type and source,
// sessions, facility, adjunct therapies, length of stay) plus travel,
// accommodation, attendants and visas. Money is in US cents (integers) until
// the very end, so no minor unit is ever lost. Unit costs are demonstration
// figures for planning, not prices.
export const purposes = ['mdt', 'niv', 'peg', 'rehab', 'trial-visit'] as const
export type Purpose = (typeof purposes)[number]
export const cellTypes = [
  'none',
  'autologous-bone-marrow',
  'autologous-adipose',
  'allogeneic-umbilical-cord',
] as const
export type CellType = (typeof cellTypes)[number]
export const facilities = ['clinic', 'hospital', 'accredited-hospital'] as const
export type Facility = (typeof facilities)[number]
export const destinations = ['IN', 'KR', 'DE', 'TH', 'TR', 'MX'] as const
export type Destination = (typeof destinations)[number]

export type EstimateInput = {
  purpose: Purpose
  cellType: CellType
  sessions: number
  facility: Facility
  adjunctDays: number
  nights: number
  destination: Destination
  attendants: number
  flightPerPersonUsdCents: number
}

type Range = [low: number, high: number]
type CountryCosts = {
  night: Range
  localPerDay: Range
  visa: Range
  care: Record<Purpose, Range>
  adjunctPerDay: Range
}

const usd = (low: number, high: number): Range => [low * 100, high * 100]

// Demonstration unit costs per destination, in US cents.
export const unitCosts: Record<Destination, CountryCosts> = {
  IN: {
    night: usd(35, 90),
    localPerDay: usd(15, 40),
    visa: usd(25, 80),
    adjunctPerDay: usd(20, 45),
    care: {
      mdt: usd(1200, 1800),
      niv: usd(600, 900),
      peg: usd(900, 1600),
      rehab: usd(800, 1500),
      'trial-visit': usd(0, 150),
    },
  },
  KR: {
    night: usd(70, 160),
    localPerDay: usd(30, 60),
    visa: usd(0, 60),
    adjunctPerDay: usd(60, 120),
    care: {
      mdt: usd(2500, 4000),
      niv: usd(1500, 2500),
      peg: usd(3000, 5000),
      rehab: usd(2500, 4500),
      'trial-visit': usd(0, 200),
    },
  },
  DE: {
    night: usd(80, 170),
    localPerDay: usd(35, 70),
    visa: usd(0, 90),
    adjunctPerDay: usd(70, 140),
    care: {
      mdt: usd(1000, 1800),
      niv: usd(2000, 3500),
      peg: usd(3800, 5500),
      rehab: usd(3000, 5500),
      'trial-visit': usd(0, 200),
    },
  },
  TH: {
    night: usd(40, 110),
    localPerDay: usd(20, 45),
    visa: usd(0, 60),
    adjunctPerDay: usd(30, 60),
    care: {
      mdt: usd(1500, 2500),
      niv: usd(900, 1500),
      peg: usd(1500, 2500),
      rehab: usd(2600, 3900),
      'trial-visit': usd(0, 150),
    },
  },
  TR: {
    night: usd(45, 120),
    localPerDay: usd(20, 45),
    visa: usd(0, 60),
    adjunctPerDay: usd(30, 60),
    care: {
      mdt: usd(1200, 2200),
      niv: usd(900, 1500),
      peg: usd(1500, 2800),
      rehab: usd(1300, 1800),
      'trial-visit': usd(0, 150),
    },
  },
  MX: {
    night: usd(45, 120),
    localPerDay: usd(20, 45),
    visa: usd(0, 50),
    adjunctPerDay: usd(30, 60),
    care: {
      mdt: usd(1200, 2200),
      niv: usd(900, 1600),
      peg: usd(1500, 3000),
      rehab: usd(1500, 2500),
      'trial-visit': usd(0, 150),
    },
  },
}

// A facility multiplies care and stay costs; an accredited hospital costs more.
const facilityFactor: Record<Facility, [number, number]> = {
  clinic: [90, 100],
  hospital: [100, 120],
  'accredited-hospital': [110, 140],
}

export type EstimateLine = {
  id: 'treatment' | 'cells' | 'adjunct' | 'facility' | 'accommodation' | 'travel' | 'visa' | 'local'
  low: number
  high: number
}
export type Estimate = { lines: EstimateLine[]; low: number; high: number }

export const limits = {
  sessions: [1, 20],
  adjunctDays: [0, 60],
  nights: [0, 120],
  attendants: [0, 2],
  flight: [0, 2_000_000],
} as const

const clamp = (n: number, [min, max]: readonly [number, number]) =>
  Math.min(max, Math.max(min, Math.round(n)))
const scale = (cents: number, percent: number) => Math.round((cents * percent) / 100)

export function estimateTrip(input: EstimateInput): Estimate {
  const c = unitCosts[input.destination]
  const sessions = clamp(input.sessions, limits.sessions)
  const nights = clamp(input.nights, limits.nights)
  const adjunctDays = clamp(input.adjunctDays, limits.adjunctDays)
  // India's e-Medical Attendant visa allows at most two attendants.
  const attendants = clamp(input.attendants, limits.attendants)
  const travellers = 1 + attendants
  const [fLow, fHigh] = facilityFactor[input.facility]
  const care = c.care[input.purpose]
  const perSession = input.purpose === 'rehab' || input.purpose === 'trial-visit' ? sessions : 1
  const lines: EstimateLine[] = [
    { id: 'treatment', low: scale(care[0] * perSession, fLow), high: scale(care[1] * perSession, fHigh) },
    // In a registered trial the sponsor provides the investigational product: it must cost the patient nothing.
    { id: 'cells', low: 0, high: 0 },
    { id: 'adjunct', low: c.adjunctPerDay[0] * adjunctDays, high: c.adjunctPerDay[1] * adjunctDays },
    { id: 'facility', low: scale(5000 * sessions, fLow), high: scale(15000 * sessions, fHigh) },
    { id: 'accommodation', low: c.night[0] * nights, high: c.night[1] * nights },
    {
      id: 'travel',
      low: input.flightPerPersonUsdCents * travellers,
      high: Math.round(input.flightPerPersonUsdCents * 1.3) * travellers,
    },
    { id: 'visa', low: c.visa[0] * travellers, high: c.visa[1] * travellers },
    {
      id: 'local',
      low: c.localPerDay[0] * nights * travellers,
      high: c.localPerDay[1] * nights * travellers,
    },
  ].filter((l) => l.id !== 'cells' || input.cellType !== 'none') as EstimateLine[]
  return { lines, low: lines.reduce((s, l) => s + l.low, 0), high: lines.reduce((s, l) => s + l.high, 0) }
}

/** US cents → minor units of another currency at a stored rate (units per dollar), rounded half up. */
export function convertUsdCents(usdCents: number, perUsd: number, currencyDigits = 2): number {
  return Math.round((usdCents / 100) * perUsd * 10 ** currencyDigits)
}
