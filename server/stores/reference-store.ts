import { asc } from 'drizzle-orm'
import type { Db } from '../db/client.ts'
import { exchangeRate } from '../db/schema/catalogue.ts'

/** Currencies a budget can be given in: those we hold a dated exchange rate for. */
export async function currenciesWithRates(db: Db): Promise<string[]> {
  const rows = await db
    .select({ currency: exchangeRate.currency })
    .from(exchangeRate)
    .orderBy(asc(exchangeRate.currency))
  return [...new Set(['USD', ...rows.map((r) => r.currency)])].sort()
}
