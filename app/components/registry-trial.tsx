import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { registryTrialText, type RegistryTrialText } from '#domain/trials/registry-trial-text.ts'
import type { TrialForOffer } from '#domain/trials/trial-for-offer.ts'
import type { TrialMismatch } from '#domain/trials/trial-mismatch.ts'

/**
 * An offer's claimed trial as the registry records it, and in plain words
 * where the registry does not back the offer up (ADR 0055). Registry text
 * (titles, conditions, sites) is shown as the registry wrote it, in English.
 */
export function RegistryTrial({
  trial,
  conditionName,
  level = 4,
  written,
}: {
  trial: TrialForOffer
  conditionName: string
  level?: 3 | 4
  /** The record's phases and dates as a public page's loader wrote them; written here when absent. */
  written?: RegistryTrialText | null
}) {
  const t = useT()
  const locale = useLocale()
  const r = trial.record
  const english = locale !== 'en' ? 'en' : undefined
  const Heading = level === 3 ? 'h3' : 'h4'
  const text = r ? (written ?? registryTrialText(locale, t, r)) : null
  const statusText = (s: NonNullable<typeof r>['status']) => t(`trial.status.${s}`)
  const flagText = (f: TrialMismatch) => {
    switch (f.code) {
      case 'trial.not-imported':
        return t('trial.flag.not-imported', { registryId: trial.registryId })
      case 'trial.not-recruiting':
        return t('trial.flag.not-recruiting', { status: statusText(f.status) })
      case 'trial.provider-not-a-site':
        return t('trial.flag.provider-not-a-site')
      case 'trial.site-not-recruiting':
        return t('trial.flag.site-not-recruiting', { status: statusText(f.status) })
      case 'trial.other-condition':
        return t('trial.flag.other-condition', { condition: conditionName })
      case 'trial.stale':
        return t('trial.flag.stale', { days: f.days })
    }
  }
  return (
    <section className="inset-text" aria-label={t('trial.heading')}>
      <Heading className="heading-s">{t('trial.heading')}</Heading>
      {r && text ? (
        <SummaryList
          rows={[
            { key: t('provider.trialRegistry'), value: <span dir="ltr">{trial.registryId}</span> },
            { key: t('trial.registryTitle'), value: <span lang={english}>{r.title}</span> },
            {
              key: t('trial.status'),
              value: (
                <Tag
                  tone={r.status === 'recruiting' || r.status === 'enrolling-by-invitation' ? 'green' : 'red'}
                >
                  {r.lastKnownStatus
                    ? t('trial.lastKnown', {
                        status: statusText(r.status),
                        lastKnown: statusText(r.lastKnownStatus),
                      })
                    : statusText(r.status)}
                </Tag>
              ),
            },
            {
              key: t('trial.phase'),
              value: text.phases ?? t('trial.notGiven'),
            },
            {
              key: t('trial.conditions'),
              value: <span lang={english}>{r.conditions.join('; ') || t('trial.notGiven')}</span>,
            },
            {
              key: t('trial.sites'),
              value:
                r.sites.length > 0 ? (
                  <ul className="list">
                    {r.sites.map((s, i) => (
                      <li key={i} lang={english}>
                        {[s.facility, s.city, s.country].filter(Boolean).join(', ')}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('trial.notGiven')
                ),
            },
            ...(r.sponsor
              ? [{ key: t('trial.sponsor'), value: <span lang={english}>{r.sponsor}</span> }]
              : []),
            ...(r.registered
              ? [
                  {
                    key: t('trial.registered'),
                    value:
                      r.registeredProspectively === null
                        ? (text.registered ?? '')
                        : t(r.registeredProspectively ? 'trial.registeredBefore' : 'trial.registeredAfter', {
                            date: text.registered ?? '',
                          }),
                  },
                ]
              : []),
            ...(r.regulatoryClearance
              ? [{ key: t('trial.clearance'), value: <span lang={english}>{r.regulatoryClearance}</span> }]
              : []),
            {
              key: t('trial.lastRefreshed'),
              value: text.lastRefreshed,
            },
          ]}
        />
      ) : null}
      {trial.flags.length > 0 ? (
        <div className="warning-box">
          <p className="heading-s">{t('trial.flagsTitle')}</p>
          <ul className="list list--bullet">
            {trial.flags.map((f) => (
              <li key={f.code}>{flagText(f)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
