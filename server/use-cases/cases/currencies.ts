import { listExchangeRates } from '../catalogue/public-catalogue.ts'
import type { Runtime } from '../../runtime.ts'

/** Currencies a budget can be given in: those we hold a dated exchange rate for. */
export async function listCurrencies(rt: Runtime): Promise<string[]> {
  const rates = await listExchangeRates(rt)
  return [...new Set(['USD', ...rates.map((r) => r.currency)])].sort()
}
