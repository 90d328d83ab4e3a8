import { Table } from '#app/components/patterns/table.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { formatDate } from '#domain/i18n/format.ts'
import type { ReverificationReason } from '#domain/review/credential-expiry.ts'
import type { CredentialKind } from '#domain/review/credentials.ts'

export type CredentialDue = {
  id: string
  providerName: string
  kind: CredentialKind
  reference: string
  reason: ReverificationReason
  expiredOn: string | null
  verifiedAt: string | Date | null
}

/**
 * The reviewer's "re-verification due" list (issue 16): approved credentials
 * that expired or went 90 days unchecked. Their clinics cannot quote until a
 * reviewer verifies them again, so the list sits on the reviewer's home page.
 */
export function ReverificationDue({ credentials }: { credentials: readonly CredentialDue[] }) {
  const t = useT()
  const locale = useLocale()
  const date = (v: string | Date) => formatDate(locale, new Date(v))
  return (
    <section aria-labelledby="reverification-due">
      <h2 className="heading-l" id="reverification-due">
        {t('reviewer.reverify.title')}
      </h2>
      <p className="body">{t('reviewer.reverify.lede')}</p>
      <Table
        caption={t('reviewer.reverify.title')}
        testId="reverification-due"
        empty={t('reviewer.reverify.none')}
        rows={credentials}
        columns={[
          { header: t('reviewer.reverify.clinic'), rowHeader: true, cell: (c) => c.providerName },
          { header: t('reviewer.reverify.credential'), cell: (c) => t(`review.credentialKind.${c.kind}`) },
          { header: t('reviewer.reverify.reference'), dir: 'ltr', cell: (c) => c.reference },
          {
            header: t('reviewer.reverify.why'),
            cell: (c) =>
              c.reason === 'expired'
                ? t('reviewer.reverify.reason.expired', { date: c.expiredOn ? date(c.expiredOn) : '' })
                : t(`reviewer.reverify.reason.${c.reason}`),
          },
          {
            header: t('reviewer.reverify.lastVerified'),
            cell: (c) => (c.verifiedAt ? date(c.verifiedAt) : t('reviewer.reverify.never')),
          },
        ]}
      />
    </section>
  )
}
