import { formatMoney } from '../i18n/format.ts'
import type { Locale } from '../i18n/locales.ts'
import { currencyOf } from './currencies.ts'
import type { Money } from './money.ts'

// A quote's amounts in the reader's language, with exactly the currency's ISO
// 4217 decimals: "KWD 1.500", "JP¥1,500", "PKR 1,500.00". Intl alone would read
// 150000 paisa as 150,000 rupees (ADR 0042). Pages of quotes use this; the
// catalogue's pages keep formatMoney and do not load the currency table.
export function formatQuoteMoney(locale: Locale, money: Money): string {
  return formatMoney(locale, money.minor, money.currency, currencyOf(money.currency)?.minorUnits)
}
