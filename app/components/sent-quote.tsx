import { formatDate } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { formatQuoteMoney } from '#domain/quotes/format-quote-money.ts'
import type { Money } from '#domain/quotes/money.ts'
import type { ReferralStatus } from '#domain/referrals/referral.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'

// The quote a clinic sent, as its staff read it on the referral: where it
// stands follows the referral's status, so a clinic whose plan the family did
// not choose is told so, not that its quote "is with the family".
export type SentQuoteView = {
  overall: Money
  validUntil: string
  doctor: { name: string; registrationNumber: string; registrationCouncil: string }
}

const whereItStands: Partial<Record<ReferralStatus, MessageKey>> = {
  accepted: 'plan.sent.accepted',
  closed: 'plan.sent.closed',
  'declined-by-patient': 'plan.sent.declined',
  expired: 'plan.sent.expired',
  withdrawn: 'plan.sent.withdrawn',
}

export function SentQuote({ quote, status }: { quote: SentQuoteView; status: ReferralStatus }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="inset-text" data-testid="sent-quote">
      <p className="body">
        {t(whereItStands[status] ?? 'plan.sent.out', {
          total: formatQuoteMoney(locale, quote.overall),
          date: formatDate(locale, new Date(`${quote.validUntil}T00:00:00Z`), 'UTC'),
        })}
      </p>
      <p className="body">
        {t('plan.signedBy', {
          name: quote.doctor.name,
          number: quote.doctor.registrationNumber,
          council: quote.doctor.registrationCouncil,
        })}
      </p>
    </div>
  )
}
